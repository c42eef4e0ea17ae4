// @vitest-environment happy-dom
/**
 * The card controller as a reader drives it, on a small page with three mentions and our overlay's
 * shadow root, with a fake clock: hover, the pointer on the card, leaving, focus, Escape, Enter,
 * taps, and the end of it all when its signal aborts.
 */
import glossary from 'virtual:glossary';
import { ARTICLE_REFERENCES } from '../article/references';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMentionElement } from '../annotate/mention-element';
import { markingPart } from '../glossary/parts';
import { traditionalConverter } from '../i18n/traditional';
import { startCardController, type MentionAccess } from './card-controller';
import { CardLayer } from './card-layer';
import type { CardLayerRequest } from './card-ui';
import { CLOSE_DELAY_MS, OPEN_DELAY_MS, type HoverState } from './hover-intent';

/** As the annotator holds them: the marking part only; the whole entries come with the layer. */
const entries = new Map(markingPart(glossary).entries.map((entry) => [entry.id, entry]));
const wholeEntries = new Map(glossary.entries.map((entry) => [entry.id, entry]));

let controller: AbortController;
let shadowRoot: ShadowRoot;
let hoverStates: HoverState[];
let shage: HTMLElement;
let kaige: HTMLElement;
let elsewhere: HTMLElement;
/** How often the controller asked for the card layer (card-ui.js, on a page). */
let layerLoads: number;
/** Holds the layer back until the test lets it arrive; by default it arrives at once. */
let layerArrival: Promise<void>;

/** Stands in for the annotator's registry: mentions are the <qx-mention> elements of the page. */
const mentions: MentionAccess = {
  mentionAt: (target) => (target && (target as Node).nodeType === 1 ? (target as Element).closest<HTMLElement>('qx-mention') : null),
  entryOf: (mention) => entries.get(mention.dataset.qxEntry ?? ''),
  setExpanded: (mention, expanded) => mention.setAttribute('aria-expanded', String(expanded)),
};

function mention(id: string, index: number, text: string): HTMLElement {
  return createMentionElement(document, entries.get(id)!, index, true, text);
}

function buildPage(): void {
  document.body.replaceChildren();
  for (const old of document.querySelectorAll('qx-overlay')) old.remove();
  shage = mention('noam-shazeer', 0, '沙哥');
  kaige = mention('lukasz-kaiser', 1, '凯哥');
  const paragraph = document.createElement('p');
  paragraph.append('据', shage, '回忆，他当时经过', kaige, '的工位。');
  elsewhere = document.createElement('p');
  elsewhere.textContent = '与人物无关的一段话。';
  document.body.append(paragraph, elsewhere);
  const host = document.createElement('qx-overlay');
  document.documentElement.append(host);
  shadowRoot = host.attachShadow({ mode: 'open' });
}

/** Starts the controller; unless told to wait, the reader moves the pointer at once, which brings the layer in. */
function start(detailsAlways?: boolean, moveAtOnce = true, warmUp = false): void {
  controller = new AbortController();
  hoverStates = [];
  layerLoads = 0;
  startCardController({
    loadLayer: async (options: CardLayerRequest) => {
      layerLoads++;
      await layerArrival;
      return { layer: new CardLayer({ ...options, t: (key) => key }), entryOf: (id: string) => wholeEntries.get(id) };
    },
    doc: document,
    shadowRoot,
    mentions,
    signal: controller.signal,
    view: { nicknameLabelKey: 'card.nickname', showsSlips: true, linksWiredPassage: true, articleReferences: ARTICLE_REFERENCES },
    uiLanguage: 'en',
    toTraditional: traditionalConverter(glossary.traditional),
    onHoverState: (state) => hoverStates.push(state),
    detailsAlways,
    warmUpEntry: warmUp ? () => entries.get('ashish-vaswani') : undefined,
  });
  if (moveAtOnce) document.body.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
}

const card = () => shadowRoot.querySelector<HTMLElement>('.card');
const cardName = () => card()?.querySelector('h2')?.textContent ?? null;
/** Whether the open card shows its details (the bio among them). */
const detailsShown = () => card()?.querySelector('.bio')?.closest('[hidden]') === null;
const hoverState = () => hoverStates.at(-1) ?? 'idle';

/** The pointer moves onto `to` from `from` (as the browser reports it: out of one, over the other). */
function movePointer(from: Element | null, to: Element): void {
  from?.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true, relatedTarget: to }));
  to.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true, relatedTarget: from }));
}

/** The pointer goes from a mention onto the open card (which lives in our shadow root). */
function movePointerOntoCard(from: Element): void {
  movePointer(from, shadowRoot.host);
  card()!.dispatchEvent(new MouseEvent('mouseenter'));
}

function press(key: string, on: Element = document.activeElement ?? document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true });
  on.dispatchEvent(event);
  return event;
}

function tap(on: Element): void {
  on.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
}

function hoverUntilOpen(target: HTMLElement, from: Element | null = elsewhere): void {
  movePointer(from, target);
  vi.advanceTimersByTime(OPEN_DELAY_MS);
}

/** Lets the layer's promise settle (microtasks only: the fake clock does not move). */
async function layerArrived(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

beforeEach(async () => {
  vi.useFakeTimers();
  layerArrival = Promise.resolve();
  buildPage();
  start();
  await layerArrived();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('with a pointer', () => {
  it('opens the card after the hover delay, not before', () => {
    movePointer(elsewhere, shage);
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(card()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(cardName()).toBe('Noam Shazeer');
    expect(shage.getAttribute('aria-expanded')).toBe('true');
  });

  it('keeps the card open while the pointer is on it, with nothing pending', () => {
    hoverUntilOpen(shage);
    movePointerOntoCard(shage);
    expect(hoverState()).toBe('idle');
    vi.advanceTimersByTime(10 * CLOSE_DELAY_MS);
    expect(cardName()).toBe('Noam Shazeer');
  });

  it('closes the card a while after the pointer leaves the mention, or leaves the card', () => {
    hoverUntilOpen(shage);
    movePointer(shage, elsewhere);
    expect(hoverState()).toBe('closing');
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 1);
    expect(card()).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(card()).toBeNull();
    expect(shage.getAttribute('aria-expanded')).toBe('false');

    hoverUntilOpen(kaige);
    movePointerOntoCard(kaige);
    card()!.dispatchEvent(new MouseEvent('mouseleave'));
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(card()).toBeNull();
    expect(hoverState()).toBe('idle');
  });

  it('moving to another mention shows that one’s card instead', () => {
    hoverUntilOpen(shage);
    movePointer(shage, kaige);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(cardName()).toBe('Łukasz Kaiser');
    expect(shadowRoot.querySelectorAll('.card')).toHaveLength(1);
    expect(shage.getAttribute('aria-expanded')).toBe('false');
    expect(kaige.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('with a keyboard', () => {
  it('focus opens the card at once', () => {
    shage.focus();
    expect(cardName()).toBe('Noam Shazeer');
  });

  it('Escape closes the card and gives focus back to the mention, without opening it again', () => {
    // Opened by the pointer, so focus is elsewhere and really moves back to the mention.
    hoverUntilOpen(shage);
    expect(document.activeElement).not.toBe(shage);
    press('Escape');
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(shage);
    vi.advanceTimersByTime(OPEN_DELAY_MS + CLOSE_DELAY_MS);
    expect(card()).toBeNull();
    expect(shage.getAttribute('aria-expanded')).toBe('false');
  });

  it('Enter pins the card and moves focus into it; the pointer leaving does not close it', () => {
    kaige.focus();
    const event = press('Enter', kaige);
    expect(event.defaultPrevented).toBe(true);
    expect(cardName()).toBe('Łukasz Kaiser');
    expect(card()!.contains(shadowRoot.activeElement)).toBe(true);
    movePointer(elsewhere, kaige);
    movePointer(kaige, elsewhere);
    vi.advanceTimersByTime(10 * CLOSE_DELAY_MS);
    expect(cardName()).toBe('Łukasz Kaiser');
    press('Escape', shadowRoot.activeElement!);
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(kaige);
  });

  it('a card opened by hover or focus is compact; one pinned with Enter shows its details at once', () => {
    hoverUntilOpen(shage);
    expect(detailsShown()).toBe(false);
    kaige.focus();
    expect(cardName()).toBe('Łukasz Kaiser');
    expect(detailsShown()).toBe(false);
    press('Enter', kaige);
    expect(detailsShown()).toBe(true);
    expect(card()!.querySelector('button.more')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('focus leaving the mention for the page closes an unpinned card', () => {
    shage.focus();
    const button = document.createElement('button');
    elsewhere.append(button);
    button.focus();
    expect(card()).toBeNull();
  });
});

describe('on a touch screen', () => {
  it('a tap on a mention opens its card at once; a tap on the card keeps it; a tap elsewhere closes it', () => {
    tap(shage);
    expect(cardName()).toBe('Noam Shazeer');
    tap(card()!.querySelector('p')!);
    expect(cardName()).toBe('Noam Shazeer');
    tap(elsewhere);
    expect(card()).toBeNull();
  });

  it('a mouse press on a mention does not open a card by itself', () => {
    shage.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse', bubbles: true }));
    expect(card()).toBeNull();
  });
});

describe('where cards open whole (the reader view)', () => {
  it('a hovered or tapped card shows its details at once', async () => {
    controller.abort();
    start(true);
    await layerArrived();
    hoverUntilOpen(shage);
    expect(detailsShown()).toBe(true);
    tap(kaige);
    expect(cardName()).toBe('Łukasz Kaiser');
    expect(detailsShown()).toBe(true);
  });
});

describe('the cards arrive on the reader’s first move (card-ui.js)', () => {
  let letArrive: () => void;
  beforeEach(() => {
    controller.abort();
    layerArrival = new Promise((resolve) => (letArrive = resolve));
    start(false, false);
  });

  it('asks for nothing until the reader moves, then once, whatever moves next', async () => {
    expect(layerLoads).toBe(0);
    elsewhere.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    elsewhere.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    press('Tab', elsewhere);
    expect(layerLoads).toBe(1);
  });

  it('opens a card asked for before the cards arrived as soon as they do', async () => {
    hoverUntilOpen(shage);
    expect(shage.getAttribute('aria-expanded')).toBe('true');
    expect(card()).toBeNull();
    letArrive();
    await layerArrived();
    expect(cardName()).toBe('Noam Shazeer');
  });

  it('moves focus into a card opened with Enter once it has arrived', async () => {
    shage.focus();
    press('Enter', shage);
    letArrive();
    await layerArrived();
    expect(cardName()).toBe('Noam Shazeer');
    expect(shadowRoot.activeElement?.closest('.card')).toBe(card());
  });

  it('warms up unseen once they arrive: no card is left, and a card asked for meanwhile stays', async () => {
    controller.abort();
    start(false, true, true);
    letArrive();
    await layerArrived();
    vi.advanceTimersByTime(0);
    expect(card()).toBeNull();
    expect(shadowRoot.querySelectorAll('.card')).toHaveLength(0);

    controller.abort();
    start(false, true, true);
    await layerArrived();
    hoverUntilOpen(shage);
    vi.advanceTimersByTime(0);
    expect(cardName()).toBe('Noam Shazeer');
  });

  it('shows nothing of a card closed before the cards arrived', async () => {
    hoverUntilOpen(shage);
    press('Escape', shage);
    letArrive();
    await layerArrived();
    expect(card()).toBeNull();
  });
});

describe('stopping', () => {
  it('hides an open card when the signal aborts', () => {
    hoverUntilOpen(shage);
    controller.abort();
    expect(card()).toBeNull();
  });

  it('listens to nothing after the signal aborts: hover, focus, keys and taps open nothing', () => {
    controller.abort();
    hoverUntilOpen(shage);
    kaige.focus();
    press('Enter', kaige);
    tap(shage);
    vi.advanceTimersByTime(OPEN_DELAY_MS + CLOSE_DELAY_MS);
    expect(card()).toBeNull();
    expect(hoverStates).toEqual([]);
  });

  it('drops a pending open when the signal aborts', () => {
    movePointer(elsewhere, shage);
    controller.abort();
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(card()).toBeNull();
  });
});
