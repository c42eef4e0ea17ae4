// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isRegionTooLarge, isTooLarge, measurePage, PAGE_LIMITS } from './page-size';

describe('page size limits', () => {
  it('takes an ordinary article page', () => {
    document.body.innerHTML = '<article><p>沙哥</p><p>凯哥</p></article>';
    expect(measurePage(document)).toEqual({ elements: document.getElementsByTagName('*').length, characters: 4 });
    expect(isTooLarge(measurePage(document))).toBe(false);
  });

  it('gives up on too much text', () => {
    document.body.replaceChildren(document.createTextNode('字'.repeat(PAGE_LIMITS.characters)), document.createTextNode('x'.repeat(10)));
    const size = measurePage(document);
    expect(size.characters).toBe(PAGE_LIMITS.characters + 10);
    expect(isTooLarge(size)).toBe(true);
  });

  it('counts only the text a reader sees, not what scripts and style sheets hold', () => {
    const holding = (tag: string, text: string) => Object.assign(document.createElement(tag), { textContent: text });
    const code = 'x'.repeat(PAGE_LIMITS.characters);
    document.body.replaceChildren(...['script', 'style', 'noscript', 'textarea'].map((tag) => holding(tag, code)), holding('p', '沙哥'));
    expect(measurePage(document).characters).toBe(2);
    expect(isTooLarge(measurePage(document))).toBe(false);
  });

  it('gives up on too many elements', () => {
    expect(isTooLarge({ elements: PAGE_LIMITS.elements + 1, characters: 10 })).toBe(true);
  });

  it('measures one part of a page the same way', () => {
    document.body.innerHTML = '<article id="a"><p>沙哥</p></article><section id="b"></section>';
    const article = document.getElementById('a')!;
    const comments = document.getElementById('b')!;
    expect(isRegionTooLarge(article)).toBe(false);
    comments.append(document.createTextNode('字'.repeat(PAGE_LIMITS.characters + 1)));
    expect(isRegionTooLarge(article)).toBe(false);
    expect(isRegionTooLarge(comments)).toBe(true);
    article.append(...Array.from({ length: PAGE_LIMITS.elements }, () => document.createElement('span')));
    expect(isRegionTooLarge(article)).toBe(true);
  });
});
