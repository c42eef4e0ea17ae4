// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { isLongHiddenText, walkText, type WalkOptions } from './text-walker';

const handed = (root: Node, budget: { chars: number; nodes: number }, options?: WalkOptions) => {
  const texts: string[] = [];
  const whole = walkText(root, budget, (text) => void texts.push(text), options);
  return { texts, whole };
};

describe('walkText', () => {
  beforeEach(() => {
    document.body.innerHTML = '<p>沙哥</p><script>var x = 1;</script><p>凯哥<b>老黄</b></p>';
  });

  it('hands every visible text node in document order, and says it read them all', () => {
    expect(handed(document.body, { chars: 100, nodes: 100 })).toEqual({ texts: ['沙哥', '凯哥', '老黄'], whole: true });
  });

  it('stops at the character budget, cutting the last text, and says it did not read everything', () => {
    expect(handed(document.body, { chars: 3, nodes: 100 })).toEqual({ texts: ['沙哥', '凯'], whole: false });
  });

  it('stops at the node budget', () => {
    expect(handed(document.body, { chars: 100, nodes: 1 })).toEqual({ texts: ['沙哥'], whole: false });
  });

  it('never hands text that is not shown: scripts, data scripts, styles, noscript, templates, text areas', () => {
    document.body.innerHTML =
      '<style>p{color:red}</style><script type="application/json">{"t":"后简称沙哥"}</script><noscript>开启脚本</noscript>' +
      '<template><p>模板</p></template><textarea>草稿</textarea><p>正文</p>';
    document.body.querySelector('template')!.append('直接放进模板的字');
    expect(handed(document.body, { chars: 100, nodes: 100 })).toEqual({ texts: ['正文'], whole: true });
  });

  it('charges hidden text to the node budget only, so 300 KB of inline CSS does not use up the characters', () => {
    document.body.innerHTML = '<style></style><p>后简称沙哥</p>';
    document.querySelector('style')!.textContent = '.x{color:red}'.repeat(25_000);
    expect(handed(document.body, { chars: 10, nodes: 100 })).toEqual({ texts: ['后简称沙哥'], whole: true });
    // a page of endless scripts is still a bounded walk
    expect(handed(document.body, { chars: 100, nodes: 1 })).toEqual({ texts: [], whole: false });
  });

  it('passes over nodes the caller skips, charging them as hidden text', () => {
    const inBold = (node: Text) => node.parentNode!.nodeName === 'B';
    expect(handed(document.body, { chars: 100, nodes: 100 }, { skip: inBold })).toEqual({ texts: ['沙哥', '凯哥'], whole: true });
  });

  it('can pass over only long hidden text, as the detector does: what could use up a budget', () => {
    document.body.innerHTML = '<script>var short = 1;</script><style></style><p>正文</p>';
    document.querySelector('style')!.textContent = '.x{color:red}'.repeat(100);
    expect(handed(document.body, { chars: 100, nodes: 100 }, { hidden: isLongHiddenText })).toEqual({
      texts: ['var short = 1;', '正文'],
      whole: true,
    });
  });

  it('stops when the visitor has what it needs', () => {
    const texts: string[] = [];
    expect(walkText(document.body, { chars: 100, nodes: 100 }, (text) => texts.push(text) === 2)).toBe(false);
    expect(texts).toEqual(['沙哥', '凯哥']);
  });

  it('reads nothing on an empty budget', () => {
    expect(handed(document.body, { chars: 0, nodes: 0 })).toEqual({ texts: [], whole: false });
    expect(handed(document.body, { chars: 100, nodes: 0 })).toEqual({ texts: [], whole: false });
  });
});
