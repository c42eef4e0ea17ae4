import { describe, expect, it } from 'vitest';
import { articleLink, CITATIONS, encodeFragmentText, findWiredPassageEnd, sourceLink, textFragment } from './citations';

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

  it('links back to the Chinese article at the retold passage', () => {
    const wizard = CITATIONS.find((citation) => citation.id === 'noam-is-a-wizard')!;
    expect(articleLink('https://mp.weixin.qq.com/s/abc#top', wizard)).toBe(
      `https://mp.weixin.qq.com/s/abc#:~:text=${encodeURIComponent(wizard.article.quote)}`,
    );
  });

  it('finds where a Wired passage ends, across case and whitespace', () => {
    const text = 'They said NOAM is\n a   wizard, and left.';
    expect(findWiredPassageEnd(text, { textStart: 'Noam is a wizard' })).toBe(text.indexOf(','));
    expect(findWiredPassageEnd(text, { textStart: 'They said', textEnd: 'wizard' })).toBe(text.indexOf(','));
    expect(findWiredPassageEnd(text, { textStart: 'not there' })).toBeNull();
  });
});
