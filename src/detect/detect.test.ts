import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { countArticlePassages, detectArticle, isKnownHome, PASSAGES_REQUIRED, sampleBudget, worthALook, worthALookWhileLoading } from './detect';
import { ARTICLE_PASSAGES_SIMPLIFIED, ARTICLE_PASSAGES_TRADITIONAL } from './fingerprints';

const articleText = readFileSync(new URL('../../tests/fixtures/article/qbitai-transformer-authors.txt', import.meta.url), 'utf8');
const articleBody = articleText.split('\n').slice(0, 213).join('\n');
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const TITLE = 'OpenAI公关跳起来捂他嘴:Transformer作者公开承认参与Q*';

describe('detectArticle: the QbitAI article', () => {
  it('recognises the article on WeChat and on qbitai.com', () => {
    expect(detectArticle({ url: 'https://mp.weixin.qq.com/s/abc', title: TITLE, text: articleBody })).toBe('qbitai');
    expect(detectArticle({ url: 'https://www.qbitai.com/2024/03/1.html', title: TITLE, text: articleBody })).toBe('qbitai');
  });

  it('recognises a repost by content, whatever its title and furniture', () => {
    const furniture = '首页 新闻 科技 登录 注册 '.repeat(300);
    const text = `${furniture}\n${articleText}`;
    expect(detectArticle({ url: 'https://www.example.cn/p/9', title: '八位作者的故事 - 某资讯站', text })).toBe('qbitai');
  });

  it('recognises Traditional Chinese copies (Taiwan and Hong Kong spellings)', () => {
    for (const convert of [toTaiwan, toHongKong]) {
      expect(detectArticle({ url: 'https://news.example.tw/1', title: convert(TITLE), text: convert(articleBody) })).toBe('qbitai');
    }
  });

  it('ignores the spaces reposts put between Chinese and Latin words', () => {
    const spaced = articleBody.replace(/([\u4e00-\u9fff])([A-Za-z0-9])/g, '$1 $2').replace(/([A-Za-z0-9])([\u4e00-\u9fff])/g, '$1 $2');
    expect(spaced).toContain('谷歌害怕 Siri 抢饭碗');
    expect(detectArticle({ url: 'https://x.example/1', title: '', text: spaced })).toBe('qbitai');
  });

  it('needs several of the article passages, not one quoted heading', () => {
    const quoting = '今天读到一篇文章，小标题是“谷歌害怕Siri抢饭碗”，还提到七肢桶。沙哥、凯哥和老黄都在。';
    expect(countArticlePassages(quoting)).toBeLessThan(PASSAGES_REQUIRED);
    expect(detectArticle({ url: 'https://blog.example.cn/1', title: TITLE, text: quoting })).toBeNull();
  });
});

describe('detectArticle: other pages', () => {
  it('leaves Chinese pages alone that use the same nicknames for other people', () => {
    const text = '楼下老黄的煎饼摊开张了，沙哥和凯哥一早就去排队。老黄瓜炒蛋也不错。'.repeat(40);
    expect(detectArticle({ url: 'https://www.sohu.com/a/1', title: '老黄煎饼', text })).toBeNull();
  });

  it('leaves English pages alone that mention Jones, Gomez or Kaiser', () => {
    const text = 'Jones singled, Gomez doubled, and Kaiser struck out the side in the ninth.'.repeat(40);
    expect(detectArticle({ url: 'https://www.example-news.com/sports/1', title: 'Box score', text })).toBeNull();
  });

  it('leaves other Wired stories alone', () => {
    expect(detectArticle({ url: 'https://www.wired.com/story/some-other-story/', title: 'Wired', text: 'Shazeer' })).toBeNull();
  });
});

describe('detectArticle: the Wired story', () => {
  it('recognises the story by its address, on http and https, with or without query', () => {
    const path = '/story/eight-google-employees-invented-modern-ai-transformers-paper/';
    for (const url of [`https://www.wired.com${path}`, `http://www.wired.com:8080${path}?utm=x#top`, `https://wired.com${path}`]) {
      expect(detectArticle({ url, title: '', text: '' })).toBe('wired');
    }
  });

  it('rejects look-alike hosts', () => {
    const path = '/story/eight-google-employees-invented-modern-ai-transformers-paper/';
    expect(detectArticle({ url: `https://www.wired.com.evil.example${path}`, title: '', text: '' })).toBeNull();
    expect(detectArticle({ url: `https://evil.example/www.wired.com${path}`, title: '', text: '' })).toBeNull();
    expect(detectArticle({ url: `https://www.wired.com${path.slice(0, -1)}-2/`, title: '', text: '' })).toBeNull();
    expect(detectArticle({ url: 'not a url', title: '', text: '' })).toBeNull();
  });
});

describe('fingerprints', () => {
  it('every passage occurs in the article', () => {
    for (const passage of ARTICLE_PASSAGES_SIMPLIFIED) expect(articleBody, passage).toContain(passage);
  });

  it('the Traditional list is exactly OpenCC’s Traditional spellings of the Simplified one', () => {
    const expected = new Set<string>();
    for (const passage of ARTICLE_PASSAGES_SIMPLIFIED) {
      for (const convert of [toTaiwan, toHongKong, OpenCC.Converter({ from: 'cn', to: 't' })]) {
        const traditional = convert(passage);
        if (traditional !== passage) expected.add(traditional);
      }
    }
    expect([...ARTICLE_PASSAGES_TRADITIONAL].sort()).toEqual([...expected].sort());
    // Building an OpenCC converter takes seconds on a busy two-core machine (7 s seen beside a browser run).
  }, 30_000);
});

describe('sampleBudget', () => {
  const WIRED_URL = 'https://www.wired.com/story/eight-google-employees-invented-modern-ai-transformers-paper/';

  it('reads nothing on pages with no Chinese in the title, and on the Wired story', () => {
    expect(sampleBudget('https://www.example-news.com/a', 'Box score: Jones, Gomez, Kaiser').chars).toBe(0);
    expect(sampleBudget(WIRED_URL, '8 Google Employees Invented Modern AI').chars).toBe(0);
  });

  it('takes a short look at pages with a Chinese title', () => {
    const short = sampleBudget('https://www.sohu.com/a/1', '老黄煎饼开张了');
    expect(short.chars).toBeGreaterThanOrEqual(5_000);
    expect(short.nodes).toBeLessThanOrEqual(500);
  });

  it('finds a retitled repost within the short look when the article starts the page', () => {
    const budget = sampleBudget('https://www.example.cn/p/9', '八位作者的故事 - 某资讯站');
    expect(detectArticle({ url: 'https://www.example.cn/p/9', title: '', text: articleText.slice(0, budget.chars) })).toBe('qbitai');
  });

  it('reads far more where the title carries the article’s title words', () => {
    const long = sampleBudget('https://www.xlszx.com/1', `${TITLE} - 新零售资讯站`);
    // Reposts put menus and teasers first: several times the article's own text, and its title words
    // are the sign the look is worth that.
    expect(long.chars).toBeGreaterThan(5 * articleText.length);
    expect(long.chars).toBeGreaterThan(5 * sampleBudget('https://www.sohu.com/a/1', '老黄煎饼开张了').chars);
    expect(sampleBudget('https://tw.example/1', toTaiwan(TITLE)).chars).toBe(long.chars);
  });
});

describe('isKnownHome', () => {
  it('is true on the article’s and the story’s own sites only', () => {
    expect(isKnownHome('https://mp.weixin.qq.com/s/abc')).toBe(true);
    expect(isKnownHome('http://www.qbitai.com:8080/2024/03/1.html')).toBe(true);
    expect(isKnownHome('https://www.wired.com/story/x/')).toBe(true);
    expect(isKnownHome('https://www.xlszx.com/2024/03/25/transformer.html')).toBe(false);
    expect(isKnownHome('https://mp.weixin.qq.com.evil.example/s/abc')).toBe(false);
    expect(isKnownHome('chrome://extensions')).toBe(false);
  });
});

describe('sampleText', () => {
  it('never reads more than the budget, even from one huge text node', async () => {
    const { sampleText } = await import('./sample-page');
    const fakeText = { data: '字'.repeat(1_000_000) };
    const root = {
      ownerDocument: {
        createTreeWalker: () => {
          let done = false;
          return { nextNode: () => (done ? null : ((done = true), fakeText)) };
        },
      },
    } as unknown as Node;
    expect(sampleText(root, { chars: 8_000, nodes: 250 }).text).toHaveLength(8_000);
    expect(sampleText(root, { chars: 0, nodes: 0 }).text).toBe('');
  });

  it('tells whether it read the whole page, or stopped at the budget', async () => {
    const { sampleText } = await import('./sample-page');
    const pageOf = (texts: string[]) =>
      ({
        ownerDocument: {
          createTreeWalker: () => {
            let at = 0;
            return { nextNode: () => (at < texts.length ? { data: texts[at++] } : null) };
          },
        },
      }) as unknown as Node;
    expect(sampleText(pageOf(['加载中', '…']), { chars: 8_000, nodes: 250 })).toEqual({ text: '加载中…', wholePage: true });
    // An app shell and a big page can both give a short sample; only the shell's is all there is.
    expect(sampleText(pageOf(Array(300).fill('导航')), { chars: 8_000, nodes: 250 })).toEqual({ text: '导航'.repeat(250), wholePage: false });
    expect(sampleText(pageOf(['长'.repeat(9_000)]), { chars: 8_000, nodes: 250 }).wholePage).toBe(false);
  });
});

describe('worthALook: which loaded tabs get the detector', () => {
  it('looks at the Wired story and at pages with Chinese in their title', () => {
    expect(worthALook('https://www.wired.com/story/eight-google-employees-invented-modern-ai-transformers-paper/', 'Wired')).toBe(true);
    expect(worthALook('https://www.xlszx.com/2024/03/25/transformer.html', '八位作者的故事 - 新浪潮')).toBe(true);
    expect(worthALook('https://mp.weixin.qq.com/s/abc', '被OpenAI捂嘴的Transformer作者')).toBe(true);
  });

  it('leaves pages without Chinese in their title, and other Wired stories, alone', () => {
    expect(worthALook('https://www.example-news.com/sports/jones-gomez-kaiser.html', 'Jones, Gomez and Kaiser star')).toBe(false);
    expect(worthALook('https://www.wired.com/story/another-story/', 'Another story')).toBe(false);
    expect(worthALook('about:blank', '')).toBe(false);
  });
});

describe('worthALookWhileLoading: which tabs get the detector before their load event', () => {
  it('does not wait for the load of the Wired story, or of a page titled like the article', () => {
    expect(worthALookWhileLoading('https://www.wired.com/story/eight-google-employees-invented-modern-ai-transformers-paper/', '')).toBe(true);
    expect(worthALookWhileLoading('https://mp.weixin.qq.com/s/abc', 'OpenAI公关跳起来捂他嘴:Transformer作者公开承认参与Q*')).toBe(true);
  });

  it('lets every other Chinese page finish loading first', () => {
    expect(worthALookWhileLoading('https://www.sohu.com/a/1', '老街口的烧烤摊开了十二年,老黄说今年想歇一歇_搜狐网')).toBe(false);
    expect(worthALook('https://www.sohu.com/a/1', '老街口的烧烤摊开了十二年,老黄说今年想歇一歇_搜狐网')).toBe(true);
  });
});
