import { describe, expect, it } from 'vitest';
import { offerByKeyCharacter } from './character-keys';

describe('offering a text only the items it can hold', () => {
  const items = [
    { name: 'round table', needs: ['圆', '桌'] },
    { name: 'table tennis', needs: ['桌', '球'] },
    { name: 'brackets', needs: [']', '^'] },
    { name: 'range', needs: ['-', '\\'] },
    { name: 'anything', needs: [] },
  ];
  const offer = offerByKeyCharacter(items, (item) => item.needs);
  const offered = (text: string) => [...offer(text)].map((item) => item.name).sort();

  it('offers an item when the text holds its characters, and always the items that need none', () => {
    expect(offered('圆桌论坛')).toEqual(['anything', 'round table']);
    expect(offered('打球')).toEqual(['anything', 'table tennis']);
  });

  it('keys on the character the fewest items share, so a text with only a shared one is offered nothing more', () => {
    expect(offered('桌子')).toEqual(['anything']);
  });

  it('takes characters that mean something in a pattern as themselves', () => {
    expect(offered('a]b')).toEqual(['anything', 'brackets']);
    expect(offered('a-b')).toEqual(['anything', 'range']);
    // Each item's key is the first of its characters that no other item shares.
    expect(offered('^\\')).toEqual(['anything']);
  });
});
