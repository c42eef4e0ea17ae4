// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderArticle } from './render-article';

describe('renderArticle', () => {
  it('keeps text, images and links, and makes links open safely in a new tab', () => {
    const container = document.createElement('article');
    renderArticle(container, '<p>沙哥<a href="https://example.com/x">link</a></p><img src="https://example.com/a.png" alt="a">');
    expect(container.querySelector('p')?.textContent).toBe('沙哥link');
    expect(container.querySelector('img')?.getAttribute('src')).toBe('https://example.com/a.png');
    const link = container.querySelector('a')!;
    expect([link.getAttribute('target'), link.getAttribute('rel')]).toEqual(['_blank', 'noopener noreferrer']);
  });

  it('drops scripts, event handlers, javascript: links, styles and forms', () => {
    const container = document.createElement('article');
    renderArticle(
      container,
      '<p onclick="alert(1)" style="color:red">ok</p><script>alert(2)</script><a href="javascript:alert(3)">x</a>' +
        '<img src="x" onerror="alert(4)"><style>p{}</style><form><input name="q"></form>',
    );
    expect(container.querySelector('script, style, form, input')).toBeNull();
    expect(container.querySelector('[onclick], [onerror], [style]')).toBeNull();
    expect(container.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/^javascript:/);
    expect(container.querySelector('p')?.textContent).toBe('ok');
  });
});
