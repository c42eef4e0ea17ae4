/**
 * Passages that only QbitAI's Transformer-authors article contains: the clauses that coin the
 * nicknames, a section heading, two odd phrases and its last words. All are pure Han characters,
 * so the spaces and punctuation reposts add around Latin words cannot break them. Traditional
 * spellings sit beside the Simplified ones; a unit test checks them against OpenCC.
 */
export const ARTICLE_PASSAGES_SIMPLIFIED = [
  '谷歌害怕',
  '圆桌骑士',
  '七肢桶',
  '后简称乌兹哥',
  '后简称菠萝哥',
  '后简称瓦斯哥',
  '后简称帕姐',
  '后简称囧哥',
  '后简称割麦子',
  '后简称凯哥',
  '后简称沙哥',
  '不用简称了',
  '弄丢了钥匙链',
] as const;

export const ARTICLE_PASSAGES_TRADITIONAL = [
  '圓桌騎士',
  '後簡稱烏茲哥',
  '後簡稱菠蘿哥',
  '後簡稱瓦斯哥',
  '後簡稱帕姐',
  '後簡稱囧哥',
  '後簡稱割麥子',
  '後簡稱凱哥',
  '後簡稱沙哥',
  '不用簡稱了',
  '弄丟了鑰匙鏈',
] as const;

/** Words of the article's title that survive reposts' retitling ("… - 某某资讯站"). */
export const ARTICLE_TITLE_WORDS = ['捂他嘴', 'Transformer作者'] as const;

export const WIRED_STORY_HOSTS = ['www.wired.com', 'wired.com'] as const;
export const WIRED_STORY_PATH = '/story/eight-google-employees-invented-modern-ai-transformers-paper';

/** Where the article and its source are published: the 'known homes only' setting runs only here. */
export const KNOWN_HOMES = ['mp.weixin.qq.com', 'www.qbitai.com', 'qbitai.com', ...WIRED_STORY_HOSTS] as const;
