import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import glossary from 'virtual:glossary';
import { chineseArticleAliases } from '../app/profiles/aliases';
import { buildAliasIndex } from '../match/alias-index';
import { createMentionFinder } from '../match/find-mentions';
import type { Category, CompiledEntry } from './types';

const lines = readFileSync(new URL('../../tests/fixtures/article/qbitai-transformer-authors.txt', import.meta.url), 'utf8').split('\n');
/** Lines 1–213: the article body. */
const body = lines.slice(0, 213).join('\n');
/** Line 223: the WeChat credit line. */
const creditLine = lines[222]!;
/** Lines 1–223: body, reference list and credit line (from 225 on it is the repost site's furniture). */
const article = lines.slice(0, 223).join('\n');

/**
 * Every proper name and technical term of the article body, kept by hand, as the article writes it.
 * Countries (德国, 印度, 英国, 日本, 波兰) are left out: the glossary has no category for places.
 */
const NAMES: Record<Category, readonly string[]> = {
  person: [
    '瓦斯哥', 'Ashish Vaswani', 'Vaswani',
    '沙哥', 'Noam Shazeer', 'Noam',
    '帕姐', 'Niki Parmar',
    '乌兹哥', 'Jokob Uszkoreit', 'Uszkoreit',
    '囧哥', 'Llion Jones',
    '割麦子', 'Aidan Gomaz',
    '凯哥', 'Lukasz Kaiser',
    '菠萝哥', 'Illia Polosukhin', 'Polosukhin',
    '老黄', '奥特曼',
    'Hans Uszkoreit', '学术大牛父亲', '计算语言学家老父亲',
    'Mat Kelcey', 'Kelcey', 'Hinton', 'Ilya Sutskever', 'Alec Radford', 'Radford',
  ],
  organisation: [
    '谷歌', '谷歌大脑', '谷歌研究院', 'OpenAI', '英伟达', '苹果', 'Youtube',
    'Character.AI', 'Cohere', 'Adept AI', 'Essential AI', 'Inceptive', 'Sakana AI', 'NEAR Protocol',
    '柏林工业大学', '南加州大学', '南加大', '伯明翰大学', '多伦多大学', '杜克大学', '欧洲科学院',
    '连线杂志', 'NIPS', 'NeurIPS', '披头士乐队',
  ],
  work: [
    'Attention is all you need', '你一生的故事', '降临', '七肢桶', 'All You Need Is Love', '变形金刚',
    'Siri', 'ChatGPT', 'GPT', 'GPT-1', 'GPT-2', 'GPT-3', 'GPT-3.5', 'GPT-4', 'Sora', 'AlphaFold',
    'Meena', 'Meena吞噬世界', 'Q*', 'AlexNet', 'DOTA', '谷歌搜索', '圆桌骑士', '圣杯', '圆桌论坛',
  ],
  term: [
    'Transformer', '自注意力', '自注意力机制', '注意力机制', '循环神经网络', '长短期记忆网络', 'LSTM',
    'SNLI数据集', 'BLEU', '基准测试', '机器翻译', '英法翻译', '生成式AI', '自回归模型', '万亿参数', '大模型',
    'Scaling Law', '贝叶斯', '神经网络', 'GPU', '并行处理', '算力', '计算语言学家', '对话系统', '计算机视觉',
    '聊天机器人', '自动补全', '区块链', '理论计算机', '分布式计算', '模态', '语言模型', '进化算法', '搜索索引',
    '拼写纠正', '基础版',
  ],
  /** Idioms and internet terms a learner would stumble on, as the article writes them (the phrase, where one character alone would misfire). */
  slang: [
    '组局', '商业互吹', '当之无愧', '抢饭碗', '如临大敌', '安利', '志同道合', '技术宅', '话说回来', '读大三',
    '拼命卷自己', '一作', '二作', '通讯作', '大杯', '线下举办', '闭馆', '人头攒动', '摘桃子', '复盘', '灵魂提问',
    '顶层设计', '搞事情', '集中出走', '现在进行时',
  ],
};

/**
 * Names that occur only on the credit line. glossary.test.ts accepts aliases from the body alone, so for now
 * their entries have no alias and are checked by id; move each into NAMES (and into its entry's aliases)
 * once the alias check covers line 223.
 */
const CREDIT_LINE: Record<string, string> = { 梦晨: 'mengchen', 量子位: 'qbitai', QbitAI: 'qbitai' };

/**
 * Sources the article names only in its reference list (lines 215–221), as a link: their entries have
 * no alias, since marking a word inside the link would take the link's text from it.
 */
const REFERENCE_LIST: Record<string, string> = { 'semianalysis.com': 'semianalysis' };

/**
 * How often each slang expression is used as slang in the body, counted by reading the article: a mark
 * anywhere else would be a false positive (安利 twice, 一作 in two sentences, 大杯 and 大杯版).
 */
const SLANG_USES: Record<string, number> = { 安利: 2, 一作: 2, 大杯: 2 };

/** At least this many entries per category: what the data files hold today. */
const MIN_ENTRIES: Record<Category, number> = { person: 16, organisation: 25, work: 20, term: 34, slang: 23 };

const CATEGORIES = Object.keys(NAMES) as Category[];
const listed = CATEGORIES.flatMap((category) => NAMES[category].map((name) => ({ name, category })));

/** Who owns each Simplified or Latin alias. */
const owner = new Map<string, CompiledEntry>();
for (const entry of glossary.entries) {
  for (const alias of [...(entry.aliases.zh ?? []), ...(entry.aliases.latin ?? [])]) owner.set(alias, entry);
}

describe('the glossary covers the article', () => {
  it('lists each name once', () => {
    const names = listed.map(({ name }) => name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it.each(listed)('$name occurs in the article body', ({ name }) => {
    expect(body).toContain(name);
    expect(article).toContain(name);
  });

  it.each(listed)('$name is an alias of a $category entry', ({ name, category }) => {
    const entry = owner.get(name);
    expect(entry, name).toBeDefined();
    expect(entry!.category, `${name} → ${entry!.id}`).toBe(category);
  });

  it('finds every listed name in the body at least once, as itself and not inside a longer alias', () => {
    const finder = createMentionFinder(buildAliasIndex(glossary.entries, chineseArticleAliases));
    const found = new Set(finder.find(body).map((mention) => `${body.slice(mention.start, mention.end)}→${mention.target.entryId}`));
    const missing = listed.filter(({ name }) => !found.has(`${name}→${owner.get(name)?.id}`)).map(({ name }) => name);
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(CREDIT_LINE))('the credit line names %s, which has the entry %s', (name, id) => {
    expect(creditLine).toContain(name);
    expect(body).not.toContain(name);
    expect(glossary.entries.map((entry) => entry.id)).toContain(id);
  });

  it.each(Object.entries(REFERENCE_LIST))('the reference list names %s, which has the entry %s', (name, id) => {
    const referenceList = lines.slice(214, 221).join('\n');
    expect(referenceList).toContain(name);
    expect(body).not.toContain(name);
    expect(glossary.entries.map((entry) => entry.id)).toContain(id);
  });

  it('marks each slang expression only where the article uses it as slang', () => {
    const finder = createMentionFinder(buildAliasIndex(glossary.entries, chineseArticleAliases, new Set<Category>(['slang'])));
    const counts = new Map<string, number>();
    for (const mention of finder.find(body)) {
      const text = body.slice(mention.start, mention.end);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    const expected = new Map(NAMES.slang.map((name) => [name, SLANG_USES[name] ?? 1]));
    expect(counts).toEqual(expected);
  });

  it('has at least the expected number of entries in each category', () => {
    const counts = Object.fromEntries(
      CATEGORIES.map((category) => [category, glossary.entries.filter((entry) => entry.category === category).length]),
    ) as Record<Category, number>;
    console.log(`glossary entries per category: ${CATEGORIES.map((category) => `${category} ${counts[category]}`).join(', ')}`);
    for (const category of CATEGORIES) expect(counts[category], category).toBeGreaterThanOrEqual(MIN_ENTRIES[category]);
  });
});
