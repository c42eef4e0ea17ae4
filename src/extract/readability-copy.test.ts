// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { numberedCopy, removeNumbers } from './readability-copy';

describe('the numbered copy Readability reads', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = `<head><title>量子位</title><meta name="author" content="梦晨"><style>p{}</style></head>
      <body><nav>首页</nav><article id="post"><h1>标题</h1><p>沙哥<b>凯哥</b></p><p>老黄</p></article><aside>评论</aside></body>`;
  });

  it('leaves the page exactly as it was', () => {
    const before = document.documentElement.outerHTML;
    const { copy } = numberedCopy(document, document.getElementById('post')!);
    expect(copy.ownerDocument).not.toBe(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('holds the region, the title and metadata, and nothing else of the page', () => {
    const { copy } = numberedCopy(document, document.getElementById('post')!);
    const copyDoc = copy.ownerDocument;
    expect(copyDoc.title).toBe('量子位');
    expect(copyDoc.querySelector('meta[name="author"]')).not.toBeNull();
    expect(copyDoc.body.textContent).toBe('标题沙哥凯哥老黄');
    expect(copyDoc.querySelector('nav, aside, style')).toBeNull();
  });

  it('names the live element each kept copy came from', () => {
    const post = document.getElementById('post')!;
    const { copy, liveElementsIn } = numberedCopy(document, post);
    const copiedParagraph = copy.querySelector('p')!;
    expect([...liveElementsIn(copiedParagraph)]).toEqual([post.querySelector('p'), post.querySelector('b')]);
    expect(liveElementsIn(copy).has(post)).toBe(true);
    expect(liveElementsIn(copy).size).toBe(1 + post.getElementsByTagName('*').length);
  });

  it('still names the right live elements after the page was marked (the annotator marks before Readability reads the copy)', () => {
    const post = document.getElementById('post')!;
    const { copy, liveElementsIn } = numberedCopy(document, post);
    // A mark of ours wraps 沙哥 in the first paragraph, ahead of <b> in document order.
    const first = post.querySelector('p')!;
    const mark = document.createElement('qx-mention');
    mark.append(first.firstChild!);
    first.prepend(mark);
    const lastCopied = copy.querySelectorAll('p')[1]!;
    expect([...liveElementsIn(lastCopied)]).toEqual([post.querySelectorAll('p')[1]]);
    expect([...liveElementsIn(copy.querySelector('b')!)]).toEqual([post.querySelector('b')]);
    expect(copy.querySelector('qx-mention')).toBeNull();
  });

  it('names the live element whose loose text Readability moved into a <p> of its own', () => {
    document.body.innerHTML = '<div id="post"><div class="qnt-p">沙哥说，<strong>凯哥</strong>来了</div></div>';
    const div = document.querySelector('.qnt-p')!;
    const { copy, liveElementsIn } = numberedCopy(document, document.getElementById('post')!);
    // What Readability does to such a div: its phrasing content goes into a new <p>, which takes the div's place.
    const copiedDiv = copy.querySelector('.qnt-p')!;
    const paragraph = copy.ownerDocument.createElement('p');
    paragraph.append(...copiedDiv.childNodes);
    copiedDiv.replaceWith(paragraph);
    expect(paragraph.hasAttribute('data-qx-index')).toBe(false);
    expect([...liveElementsIn(paragraph)]).toEqual([div.querySelector('strong'), div]);
  });

  it('gives the reader view clean markup once the numbers are taken out', () => {
    const { copy } = numberedCopy(document, document.body);
    removeNumbers(copy);
    expect(copy.outerHTML).not.toContain('data-qx-index');
  });
});
