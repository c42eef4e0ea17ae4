import { describe, expect, it } from 'vitest';
import { articleLink, CITATIONS, encodeFragmentText, findWiredPassage, sourceLink, textFragment } from './citations';

describe('text fragment links', () => {
  it('encodes the words, and the dash and comma the syntax reserves', () => {
    expect(encodeFragmentText('self-attention, again')).toBe('self%2Dattention%2C%20again');
    expect(textFragment({ textStart: 'Noam is a wizard' })).toBe('#:~:text=Noam%20is%20a%20wizard');
    expect(textFragment({ prefix: 'said', textStart: 'a b', textEnd: 'c', suffix: 'd-e' })).toBe('#:~:text=said-,a%20b,c,-d%2De');
  });

  it('links a Wired citation to the story at its passage, and a video without one to the video', () => {
    const wizard = CITATIONS.find((citation) => citation.id === 'noam-is-a-wizard')!;
    expect(sourceLink(wizard)).toBe('https://www.wired.com/story/eight-google-employees-invented-modern-ai-transformers-paper/#:~:text=Noam%20is%20a%20wizard');
    const video = CITATIONS.find((citation) => citation.source === 'youtube')!;
    expect(sourceLink(video)).toBe('https://www.youtube.com/watch?v=zBK2CPka5jo');
  });

  it('links back to the copy of the article at the retold passage, in the words that copy uses', () => {
    const wizard = CITATIONS.find((citation) => citation.id === 'noam-is-a-wizard')!;
    const copy = { url: 'https://mp.weixin.qq.com/s/abc#top', passages: { 'noam-is-a-wizard': 'Noam（沙哥）是一個\n 巫師' } };
    expect(articleLink(copy, wizard)).toBe(`https://mp.weixin.qq.com/s/abc#:~:text=${encodeURIComponent('Noam（沙哥）是一個 巫師')}`);
  });

  it('links back to the copy without a fragment where its words for the passage are not known', () => {
    const wizard = CITATIONS.find((citation) => citation.id === 'noam-is-a-wizard')!;
    expect(articleLink({ url: 'https://mp.weixin.qq.com/s/abc#top', passages: {} }, wizard)).toBe('https://mp.weixin.qq.com/s/abc');
  });

  it('finds where a Wired passage is, across case and whitespace', () => {
    const text = 'They said NOAM is\n a   wizard, and left.';
    const end = text.indexOf(',');
    expect(findWiredPassage(text, { textStart: 'Noam is a wizard' })).toEqual({ start: text.indexOf('NOAM'), end });
    expect(findWiredPassage(text, { textStart: 'They said', textEnd: 'wizard' })).toEqual({ start: 0, end });
    expect(findWiredPassage(text, { textStart: 'not there' })).toBeNull();
  });
});
