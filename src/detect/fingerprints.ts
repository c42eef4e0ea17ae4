/**
 * Passages that only QbitAI's Transformer-authors article contains: its section headings, the
 * sentences that coin the nicknames, and its last line. Kept short so the every-page detector stays
 * tiny. Traditional spellings sit beside the Simplified ones; a unit test checks them against OpenCC.
 */
export const ARTICLE_PASSAGES_SIMPLIFIED = [
  '谷歌害怕Siri抢饭碗',
  '集齐8位圆桌骑士',
  '冲刺NIPS圣杯',
  'OpenAI摘桃子',
  '后简称乌兹哥',
  '后简称菠萝哥',
  '后简称瓦斯哥',
  '后简称帕姐',
  '后简称囧哥',
  '后简称割麦子',
  '后简称凯哥',
  '后简称沙哥',
  '谷歌曾拥有整个AI王国的所有钥匙',
] as const;

export const ARTICLE_PASSAGES_TRADITIONAL = [
  '谷歌害怕Siri搶飯碗',
  '集齊8位圓桌騎士',
  '衝刺NIPS聖盃',
  '後簡稱烏茲哥',
  '後簡稱菠蘿哥',
  '後簡稱瓦斯哥',
  '後簡稱帕姐',
  '後簡稱囧哥',
  '後簡稱割麥子',
  '後簡稱凱哥',
  '後簡稱沙哥',
  '谷歌曾擁有整個AI王國的所有鑰匙',
] as const;

/** Words of the article's title that survive reposts' retitling ("… - 某某资讯站"). */
export const ARTICLE_TITLE_WORDS = ['捂他嘴', 'Transformer作者'] as const;

export const WIRED_STORY_PATH = '/story/eight-google-employees-invented-modern-ai-transformers-paper';
