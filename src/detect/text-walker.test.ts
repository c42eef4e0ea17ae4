// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { walkText } from './text-walker';

const handed = (root: Node, budget: { chars: number; nodes: number }, skip?: (node: Text) => boolean) => {
  const texts: string[] = [];
  const whole = walkText(root, budget, (text) => void texts.push(text), skip);
  return { texts, whole };
};

describe('walkText', () => {
  beforeEach(() => {
    document.body.innerHTML = '<p>沙哥</p><script>var x = 1;</script><p>凯哥<b>老黄</b></p>';
  });

  it('hands every text node in document order, and says it read them all', () => {
    expect(handed(document.body, { chars: 100, nodes: 100 })).toEqual({ texts: ['沙哥', 'var x = 1;', '凯哥', '老黄'], whole: true });
  });

  it('stops at the character budget, cutting the last text, and says it did not read everything', () => {
    expect(handed(document.body, { chars: 3, nodes: 100 })).toEqual({ texts: ['沙哥', 'v'], whole: false });
  });

  it('stops at the node budget', () => {
    expect(handed(document.body, { chars: 100, nodes: 2 })).toEqual({ texts: ['沙哥', 'var x = 1;'], whole: false });
  });

  it('passes over skipped nodes without charging them to the budget', () => {
    const inScript = (node: Text) => node.parentNode!.nodeName === 'SCRIPT';
    expect(handed(document.body, { chars: 4, nodes: 100 }, inScript)).toEqual({ texts: ['沙哥', '凯哥'], whole: false });
    expect(handed(document.body, { chars: 100, nodes: 3 }, inScript)).toEqual({ texts: ['沙哥', '凯哥', '老黄'], whole: false });
  });

  it('stops when the visitor has what it needs', () => {
    const texts: string[] = [];
    expect(walkText(document.body, { chars: 100, nodes: 100 }, (text) => texts.push(text) === 2)).toBe(false);
    expect(texts).toEqual(['沙哥', 'var x = 1;']);
  });

  it('reads nothing on an empty budget', () => {
    expect(handed(document.body, { chars: 0, nodes: 0 })).toEqual({ texts: [], whole: false });
    expect(handed(document.body, { chars: 100, nodes: 0 })).toEqual({ texts: [], whole: false });
  });
});
