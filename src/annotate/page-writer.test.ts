// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { PageWriter } from './page-writer';
import { collectTextRuns, segmentsOf, UNTOUCHABLE_SELECTOR } from './text-runs';

function mark(writer: PageWriter, node: Text, ranges: Array<[number, number]>) {
  return writer.wrapText(
    node,
    ranges.map(([start, end]) => ({
      start,
      end,
      create: (text: string) => {
        const element = document.createElement('qx-mention');
        element.textContent = text;
        return element;
      },
    })),
  );
}

describe('PageWriter', () => {
  beforeEach(() => {
    document.body.innerHTML = '<p id="p">据沙哥回忆，经过凯哥的工位</p>';
  });

  it('wraps pieces of a text node and keeps the text as it was', () => {
    const p = document.getElementById('p')!;
    const writer = new PageWriter(document);
    const elements = mark(writer, p.firstChild as Text, [[1, 3], [8, 10]]);
    expect(elements.map((element) => element.textContent)).toEqual(['沙哥', '凯哥']);
    expect(p.innerHTML).toBe('据<qx-mention>沙哥</qx-mention>回忆，经过<qx-mention>凯哥</qx-mention>的工位');
    expect(p.textContent).toBe('据沙哥回忆，经过凯哥的工位');
  });

  it('undoAll restores the same DOM, with the same text node objects', () => {
    const p = document.getElementById('p')!;
    const before = document.documentElement.outerHTML;
    const node = p.firstChild as Text;
    const writer = new PageWriter(document);
    mark(writer, node, [[0, 2], [8, 10]]);
    writer.addStyle('qx-mention { color: red }');
    writer.addOverlayHost();
    writer.insertAfter(p, document.createElement('qx-gloss'));
    writer.undoAll();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(p.firstChild).toBe(node);
    expect(p.childNodes).toHaveLength(1);
  });

  it('survives a page that removed our nodes before undo', () => {
    const p = document.getElementById('p')!;
    const writer = new PageWriter(document);
    const [element] = mark(writer, p.firstChild as Text, [[1, 3]]);
    element!.remove();
    expect(() => writer.undoAll()).not.toThrow();
    expect(p.textContent).toBe('据沙哥回忆，经过凯哥的工位');
  });
});

describe('collectTextRuns', () => {
  it('joins a nickname split across inline spans into one run', () => {
    document.body.innerHTML = '<section><p id="a"><span>据</span><span>沙</span><span>哥</span><strong>回忆</strong></p><p id="b">下一段</p></section>';
    const scope = new Set(document.querySelectorAll('p, span, strong'));
    const runs = collectTextRuns(document.body, scope);
    expect(runs.map((run) => run.text)).toEqual(['据沙哥回忆', '下一段']);
    const segments = segmentsOf(runs[0]!, 1, 3);
    expect(segments.map((s) => [s.node.data, s.start, s.end])).toEqual([
      ['沙', 0, 1],
      ['哥', 0, 1],
    ]);
  });

  it('skips text outside the scope and in places the extension must not touch', () => {
    document.body.innerHTML = `<article id="a">
      <p>沙哥在文中</p>
      <textarea>沙哥</textarea><script>var s = '沙哥'</script><style>/* 沙哥 */</style>
      <div contenteditable="true"><p>沙哥可编辑</p></div>
    </article><aside><p>沙哥在侧栏</p></aside>`;
    const article = document.getElementById('a')!;
    const scope = new Set([article, ...article.querySelectorAll('*')]);
    const runs = collectTextRuns(document.body, scope);
    expect(runs.map((run) => run.text.trim())).toEqual(['沙哥在文中']);
    expect(document.querySelector('[contenteditable] p')!.closest(UNTOUCHABLE_SELECTOR)).not.toBeNull();
  });
});

describe('PageWriter.release', () => {
  it('takes out our pieces beside a text node the page re-rendered, keeping the page’s new text', () => {
    document.body.innerHTML = '<p id="p">据沙哥回忆</p>';
    const p = document.getElementById('p')!;
    const node = p.firstChild as Text;
    const writer = new PageWriter(document);
    mark(writer, node, [[1, 3]]);
    expect(writer.ownsText(node)).toBe(true);
    node.data = '据凯哥回忆'; // what a framework does when its state changes
    writer.release(node);
    expect(p.innerHTML).toBe('据凯哥回忆');
    expect(writer.ownsText(node)).toBe(false);
    writer.undoAll();
    expect(p.innerHTML).toBe('据凯哥回忆');
  });
});

describe('collectTextRuns breaks runs', () => {
  it('at form fields, scripts and line breaks, so no mention is made of the text on both sides', () => {
    document.body.innerHTML = '<p id="p">沙<input value="v">哥，沙<textarea>x</textarea>哥，沙<br>哥，<span>沙</span><span>哥</span></p>';
    const p = document.getElementById('p')!;
    const runs = collectTextRuns(document.body, new Set([p, ...p.querySelectorAll('span')]));
    expect(runs.map((run) => run.text)).toEqual(['沙', '哥，沙', '哥，沙', '哥，沙哥']);
  });

  it('at an element left out of the scope, and not between parts of the scope that meet', () => {
    document.body.innerHTML = '<p><span id="a">沙</span><span id="ad">广告</span><span id="b">哥</span>，<span id="c">凯</span><span id="d">哥</span></p>';
    const scope = new Set(['a', 'b', 'c', 'd'].map((id) => document.getElementById(id)!));
    expect(collectTextRuns(document.body, scope).map((run) => run.text)).toEqual(['沙', '哥', '凯哥']);
  });

  it('where a block starts or ends, but not around an empty block, nor where an inline element ends', () => {
    // The text after a block ends belongs to the block around it again: 凯 and 哥 must not join.
    document.body.innerHTML = '<div id="d">凯<p><b>沙</b>哥</p>哥<section></section>沙<b>哥</b>，凯</div>';
    const d = document.getElementById('d')!;
    expect(collectTextRuns(document.body, new Set([d, ...d.querySelectorAll('*')])).map((run) => run.text)).toEqual(['凯', '沙哥', '哥沙哥，凯']);
  });

  it('and skips the scope inside an editor, however deep', () => {
    document.body.innerHTML = '<div contenteditable><section><p id="p">沙哥</p></section></div><p id="q">凯哥</p>';
    const scope = new Set(['p', 'q'].map((id) => document.getElementById(id)!));
    expect(collectTextRuns(document.body, scope).map((run) => run.text)).toEqual(['凯哥']);
  });
});
