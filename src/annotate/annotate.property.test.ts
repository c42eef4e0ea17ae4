// @vitest-environment happy-dom
/**
 * Property-based tests of the page-writing pipeline on generated DOM trees:
 * collectTextRuns → createMentionFinder().find → markRuns (through one PageWriter) → glosses.
 * The trees are built with DOM APIs (never parsed from strings) so that adjacent text nodes, empty
 * text nodes and nicknames split across text nodes and inline elements really exist.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { AliasTarget } from '../match/alias-index';
import { createMentionFinder, type Mention } from '../match/find-mentions';
import { annotateRuns, type RunPlanner } from './annotate-runs';
import { createCitationMarker, createGloss } from './elements';
import { mentionPlanner, MentionRegistry } from './mentions';
import { PageWriter } from './page-writer';
import type { TextRun } from './text-runs';

// ---------------------------------------------------------------------------------------------
// The aliases (a small glossary, as buildAliasIndex would give it on the QbitAI article).

const NAMES: Record<string, string> = {
  'noam-shazeer': 'Noam Shazeer',
  'lukasz-kaiser': 'Łukasz Kaiser',
  'jensen-huang': 'Jensen Huang',
  'jakob-uszkoreit': 'Jakob Uszkoreit',
  'hans-uszkoreit': 'Hans Uszkoreit',
  'aidan-gomez': 'Aidan Gomez',
};

const target = (alias: string, entryId: string, notInside: string[] = []): AliasTarget => {
  const latin = /[A-Za-z]/.test(alias);
  return { alias, entryId, latin, notInside: latin ? [] : notInside, isNickname: !latin };
};

const TARGETS: AliasTarget[] = [
  target('沙哥', 'noam-shazeer'),
  target('凯哥', 'lukasz-kaiser'),
  target('老黄', 'jensen-huang', ['老黄瓜', '老黄历']),
  target('乌兹哥', 'jakob-uszkoreit'),
  target('割麦子', 'aidan-gomez'),
  target('Noam Shazeer', 'noam-shazeer'),
  target('Shazeer', 'noam-shazeer'),
  target('Uszkoreit', 'jakob-uszkoreit'),
  target('Hans Uszkoreit', 'hans-uszkoreit'),
];
const ALIASES = TARGETS.map((t) => t.alias);
const finder = createMentionFinder(TARGETS);

// ---------------------------------------------------------------------------------------------
// Tree specifications: plain data (so fast-check can print and shrink them), built into DOM nodes.

const INLINE_TAGS = ['span', 'b', 'a', 'strong', 'em', 'font'] as const;
const BLOCK_TAGS = ['p', 'div', 'section', 'li', 'h2'] as const;
const RAW_TEXT_TAGS = ['script', 'style', 'textarea'] as const;
type InlineTag = (typeof INLINE_TAGS)[number];
type BlockTag = (typeof BLOCK_TAGS)[number];
type RawTextTag = (typeof RAW_TEXT_TAGS)[number];
type Attr = [name: string, value: string];

type Spec =
  | { kind: 'text'; data: string }
  /** One alias cut into parts, each a bare text node or alone in an inline element. */
  | { kind: 'split'; parts: Array<{ data: string; wrap: InlineTag | null; emptyBefore: boolean }> }
  | { kind: 'inline'; tag: InlineTag; attrs: Attr[]; children: Spec[] }
  | { kind: 'block'; tag: BlockTag; attrs: Attr[]; children: Spec[] }
  | { kind: 'raw'; tag: RawTextTag; data: string }
  | { kind: 'input'; value: string; attrs: Attr[] }
  | { kind: 'editable'; value: 'true' | '' | 'false'; children: Spec[] };

/** Pieces of aliases, so that mentions also form (or almost form) across nodes. */
const FRAGMENTS = ['沙', '哥', '凯', '老', '黄', '瓜', '历', '乌', '兹', '割', '麦', '子', 'Noam', 'Noam ', 'Sha', 'zeer', 'Hans ', 'Usz', 'koreit', 'X', 'é', '1'];
/** Text around them: punctuation, whitespace of every kind, characters that need escaping. */
const FILLERS = ['的', '据', '回忆', '，', '。', ' ', '  ', '\n', '\t', '\u00a0', '&', '&amp;', '<', '&lt;', '>', '"', "'", '老黄瓜', '老黄历'];

const token = fc.oneof(
  { arbitrary: fc.constantFrom(...ALIASES), weight: 2 },
  { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 3 },
  { arbitrary: fc.constantFrom(...FILLERS), weight: 3 },
);
/** Text data; often empty or whitespace only. */
const textData = fc.oneof(
  { arbitrary: fc.array(token, { maxLength: 6 }).map((tokens) => tokens.join('')), weight: 6 },
  { arbitrary: fc.constantFrom('', ' ', '\n  ', '\u00a0'), weight: 1 },
);
/** Attribute values with nicknames in them, which must never be touched. */
const attrs = fc.array(
  fc.tuple(fc.constantFrom('title', 'data-x', 'alt', 'class'), fc.oneof(fc.constantFrom(...ALIASES), textData)),
  { maxLength: 2 },
);

const splitAlias = fc
  .tuple(
    fc.constantFrom(...ALIASES),
    fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
    fc.array(fc.option(fc.constantFrom(...INLINE_TAGS), { nil: null }), { minLength: 14, maxLength: 14 }),
    fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
  )
  .map(([alias, cuts, wraps, empties]): Spec => {
    const parts: Array<{ data: string; wrap: InlineTag | null; emptyBefore: boolean }> = [];
    let data = '';
    for (let i = 0; i < alias.length; i++) {
      data += alias[i];
      if (i === alias.length - 1 || cuts[i]) {
        parts.push({ data, wrap: wraps[parts.length] ?? null, emptyBefore: empties[parts.length] ?? false });
        data = '';
      }
    }
    return { kind: 'split', parts };
  });

const { node: nodeSpec } = fc.letrec<{ node: Spec; children: Spec[] }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'tree' },
    // Leaves first: at the maximum depth, fast-check takes the first arbitrary.
    { arbitrary: textData.map((data): Spec => ({ kind: 'text', data })), weight: 6 },
    { arbitrary: splitAlias, weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('raw' as const), tag: fc.constantFrom(...RAW_TEXT_TAGS), data: textData }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('input' as const), value: fc.constantFrom(...ALIASES), attrs }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('inline' as const), tag: fc.constantFrom(...INLINE_TAGS), attrs, children: tie('children') }), weight: 4 },
    { arbitrary: fc.record({ kind: fc.constant('block' as const), tag: fc.constantFrom(...BLOCK_TAGS), attrs, children: tie('children') }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('editable' as const), value: fc.constantFrom('true' as const, '' as const, 'false' as const), children: tie('children') }), weight: 1 },
  ),
  children: fc.array(tie('node'), { maxLength: 4, depthIdentifier: 'tree' }),
}));

/** The page: an article (the scope) and an aside outside it. */
const pageSpec = fc.record({
  article: fc.array(nodeSpec, { minLength: 1, maxLength: 5 }),
  aside: fc.array(nodeSpec, { maxLength: 2 }),
});
type PageSpec = { article: Spec[]; aside: Spec[] };

interface Page {
  article: HTMLElement;
  aside: HTMLElement;
  /** Elements the extension must never write into (raw text, inputs, editors), and the aside. */
  excluded: Element[];
}

function build(spec: Spec, excluded: Element[]): Node[] {
  const element = (tag: string, attributes: Attr[] = []) => {
    const made = doc.createElement(tag);
    for (const [name, value] of attributes) made.setAttribute(name, value);
    if (tag === 'a') made.setAttribute('href', 'https://example.com/?q=沙哥&x=1');
    return made;
  };
  const withChildren = (made: Element, children: Spec[]) => {
    for (const child of children) made.append(...build(child, excluded));
    return [made];
  };
  switch (spec.kind) {
    case 'text':
      return [doc.createTextNode(spec.data)];
    case 'split':
      return spec.parts.flatMap(({ data, wrap, emptyBefore }) => {
        const text = doc.createTextNode(data);
        const part = wrap ? element(wrap) : null;
        part?.append(text);
        return emptyBefore ? [doc.createTextNode(''), part ?? text] : [part ?? text];
      });
    case 'inline':
    case 'block':
      return withChildren(element(spec.tag, spec.attrs), spec.children);
    case 'raw': {
      const made = element(spec.tag);
      made.append(doc.createTextNode(spec.data));
      excluded.push(made);
      return [made];
    }
    case 'input': {
      const made = element('input', spec.attrs);
      made.setAttribute('value', spec.value);
      excluded.push(made);
      return [made];
    }
    case 'editable': {
      const made = element('div');
      made.setAttribute('contenteditable', spec.value);
      if (spec.value !== 'false') excluded.push(made);
      return withChildren(made, spec.children);
    }
  }
}

/** The document the cases run in; each case empties it and builds its page. */
const doc: Document = document;

function buildPage(spec: PageSpec): Page {
  doc.head.replaceChildren();
  doc.body.replaceChildren();
  const excluded: Element[] = [];
  const article = doc.createElement('article');
  for (const child of spec.article) article.append(...build(child, excluded));
  const aside = doc.createElement('aside');
  for (const child of spec.aside) aside.append(...build(child, []));
  doc.body.append(article, aside);
  return { article, aside, excluded: [...excluded, aside] };
}

// ---------------------------------------------------------------------------------------------
// The annotator's pipeline, through the same marking function and mention planner the annotator
// uses (src/app/pass.ts), with a small alias list instead of the glossary and no Readability.

interface Annotation {
  runs: TextRun[];
  mentions: Array<{ mention: Pick<Mention, 'target'>; elements: HTMLElement[] }>;
  glosses: HTMLElement[];
}

/** Runs of the article (the scope is the article and everything in it, as with the reader view). */
function articleScope(page: Page): Set<Element> {
  return new Set<Element>([page.article, ...page.article.querySelectorAll('*')]);
}

/** Pieces of no text (like citation markers) in each run, at offsets derived from the numbers given. */
function markerPlanner(markers: readonly number[]): RunPlanner {
  return {
    plan: (run) =>
      markers.map((at) => {
        const end = 1 + (at % run.text.length);
        return { start: end, end, create: () => createCitationMarker(doc, 'test', { href: 'https://example.org/', text: '[1]', label: 'source' }) };
      }),
  };
}

/** One pass of the annotator: mentions (and markers), then glosses after each mention if asked. */
function annotate(writer: PageWriter, page: Page, glosses: boolean, markers: readonly number[] = []): Annotation {
  const registry = new MentionRegistry();
  const entryOf = (id: string) => ({ id, category: 'person' as const });
  const runs = annotateRuns(writer, doc.body, articleScope(page), [mentionPlanner(doc, finder, entryOf, registry), markerPlanner(markers)]);
  const mentions = registry.live().map(({ target, elements }) => ({ mention: { target }, elements }));
  const added: HTMLElement[] = [];
  if (glosses) {
    for (const { mention, elements } of mentions) {
      const gloss = createGloss(doc, NAMES[mention.target.entryId]!, 'en');
      writer.insertAfter(elements[elements.length - 1]!, gloss);
      added.push(gloss);
    }
  }
  return { runs, mentions, glosses: added };
}

// ---------------------------------------------------------------------------------------------
// Snapshots and checks. Plain throws (not expect) keep the inner loops fast.

interface NodeSnapshot {
  node: Node;
  data: string | null;
  childCount: number;
}

function snapshot(root: Node): NodeSnapshot[] {
  const out: NodeSnapshot[] = [];
  const visit = (node: Node) => {
    out.push({ node, data: node.nodeType === Node.TEXT_NODE ? (node as Text).data : null, childCount: node.childNodes.length });
    node.childNodes.forEach(visit);
  };
  visit(root);
  return out;
}

function describeNode(node: Node): string {
  return node.nodeType === Node.TEXT_NODE ? `#text ${JSON.stringify((node as Text).data)}` : node.nodeName;
}

function assertSameNodes(before: NodeSnapshot[], after: NodeSnapshot[]): void {
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const b = before[i];
    const a = after[i];
    if (!a || !b) throw new Error(`node count differs: ${before.length} before, ${after.length} after`);
    if (a.node !== b.node) throw new Error(`node #${i}: ${describeNode(b.node)} was replaced by ${describeNode(a.node)}`);
    if (a.data !== b.data) throw new Error(`node #${i}: text ${JSON.stringify(b.data)} became ${JSON.stringify(a.data)}`);
    if (a.childCount !== b.childCount) throw new Error(`node #${i} ${describeNode(b.node)}: ${b.childCount} children became ${a.childCount}`);
  }
}

function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) throw new Error(`${what}:\n  expected ${JSON.stringify(expected)}\n  actual   ${JSON.stringify(actual)}`);
}

const INLINE = new Set<string>([...INLINE_TAGS, 'qx-mention']);

/** The nearest ancestor that is not one of the generated inline elements (nor a mark). */
function blockOf(node: Node): Element | null {
  let element = node.parentElement;
  while (element && INLINE.has(element.localName)) element = element.parentElement;
  return element;
}


function attributesOf(element: Element): string {
  return JSON.stringify([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
}

// ---------------------------------------------------------------------------------------------

const counts: Record<string, number> = {};

/**
 * Runs a property, counting the generated cases it passed, and logs the count. Every 50 cases it
 * lets the event loop turn: happy-dom caches selector results behind WeakRefs, and V8 keeps every
 * WeakRef target alive until the current job ends, so one long synchronous loop would keep every
 * generated page in memory (about 2 GB over the whole file).
 */
async function check<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns: number): Promise<void> {
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      predicate(value);
      if (++cases % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }),
    { numRuns },
  );
  counts[name] = cases;
  console.log(`[property] ${name}: ${cases} generated DOM trees`);
}

/** Cases per property: 5 × 3,000 = 15,000 generated trees, about 10 s with happy-dom. */
const RUNS = 3_000;

describe('annotating generated pages (property-based)', { timeout: 120_000 }, () => {
  afterAll(() => {
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    console.log(`[property] total: ${total} generated DOM trees`);
  });

  it('1. mark (once or twice, with glosses, markers, style and overlay) then undoAll restores the same DOM, node for node', async () => {
    await check(
      'undoAll restores',
      fc.record({
        page: pageSpec,
        glosses: fc.boolean(),
        passes: fc.integer({ min: 1, max: 2 }),
        removeGlosses: fc.boolean(),
        markers: fc.array(fc.nat(), { maxLength: 2 }),
      }),
      ({ page: spec, glosses, passes, removeGlosses, markers }) => {
        const page = buildPage(spec);
        const html = doc.documentElement.outerHTML;
        const nodes = snapshot(doc.documentElement);
        const writer = new PageWriter(doc);
        writer.addStyle('qx-mention { color: red }');
        for (let pass = 0; pass < passes; pass++) {
          const { glosses: added } = annotate(writer, page, glosses, markers);
          if (removeGlosses) added.filter((_, i) => i % 2 === 0).forEach((gloss) => writer.remove(gloss));
        }
        writer.addOverlayHost();
        writer.undoAll();
        assertEqual(doc.documentElement.outerHTML, html, 'serialisation after undoAll');
        assertSameNodes(nodes, snapshot(doc.documentElement));
      },
      RUNS,
    );
  });

  it('2. marking leaves the text content as it was; glosses added then removed leave it as it was too', async () => {
    await check(
      'text content unchanged',
      fc.record({ page: pageSpec, glosses: fc.boolean() }),
      ({ page: spec, glosses }) => {
        const page = buildPage(spec);
        const text = doc.body.textContent;
        const writer = new PageWriter(doc);
        const { glosses: added } = annotate(writer, page, glosses);
        if (!glosses) {
          assertEqual(doc.body.textContent, text, 'text content after marking');
        } else {
          for (const gloss of added) writer.remove(gloss);
          assertEqual(doc.body.textContent, text, 'text content after removing the glosses');
          if (doc.querySelector('qx-gloss')) throw new Error('a gloss is left after remove()');
        }
      },
      RUNS,
    );
  });

  it('3. nothing inside excluded elements, outside the scope, or in any attribute is touched', async () => {
    await check(
      'excluded untouched',
      fc.record({ page: pageSpec, glosses: fc.boolean() }),
      ({ page: spec, glosses }) => {
        const page = buildPage(spec);
        const excluded = page.excluded.map((element) => ({ element, html: element.outerHTML, nodes: snapshot(element) }));
        const elements = [...doc.querySelectorAll('*')].map((element) => ({ element, attributes: attributesOf(element) }));
        annotate(new PageWriter(doc), page, glosses);
        for (const { element, html, nodes } of excluded) {
          assertEqual(element.outerHTML, html, `excluded <${element.localName}>`);
          assertSameNodes(nodes, snapshot(element));
          if (!element.isConnected) throw new Error(`excluded <${element.localName}> was removed from the page`);
        }
        for (const { element, attributes } of elements) assertEqual(attributesOf(element), attributes, `attributes of <${element.localName}>`);
      },
      RUNS,
    );
  });

  it('4. annotating twice equals annotating once', async () => {
    await check(
      'idempotent',
      fc.record({ page: pageSpec, glosses: fc.boolean() }),
      ({ page: spec, glosses }) => {
        const page = buildPage(spec);
        annotate(new PageWriter(doc), page, glosses);
        const html = doc.documentElement.outerHTML;
        const nodes = snapshot(doc.documentElement);
        const second = annotate(new PageWriter(doc), page, glosses);
        assertEqual(second.mentions.length + second.glosses.length, 0, 'elements added by the second pass');
        assertEqual(doc.documentElement.outerHTML, html, 'serialisation after the second pass');
        assertSameNodes(nodes, snapshot(doc.documentElement));
      },
      RUNS,
    );
  });

  it('a second pass does not join the text around an existing mark into a new mention (<p>沙沙哥哥</p>)', () => {
    const page = buildPage({ article: [{ kind: 'block', tag: 'p', attrs: [], children: [{ kind: 'text', data: '沙沙哥哥' }] }], aside: [] });
    const p = page.article.firstElementChild!;
    const children = () => [...p.childNodes].map((node) => `${node.nodeName}:${node.textContent}`);
    const marked = ['#text:沙', 'QX-MENTION:沙哥', '#text:哥'];
    annotate(new PageWriter(doc), page, false);
    expect(children()).toEqual(marked);
    expect(p.querySelector('qx-mention')?.getAttribute('data-qx-entry')).toBe('noam-shazeer');
    const second = annotate(new PageWriter(doc), page, false);
    expect(second.mentions).toHaveLength(0);
    expect(children()).toEqual(marked);
  });

  it('5. every mention found in a run is wrapped, and its elements hold exactly the alias, also beside markers', async () => {
    await check(
      'mentions wrapped',
      fc.record({ page: pageSpec, glosses: fc.boolean(), markers: fc.array(fc.nat(), { maxLength: 2 }) }),
      ({ page: spec, glosses, markers }) => {
        const page = buildPage(spec);
        const { runs, mentions } = annotate(new PageWriter(doc), page, glosses, markers);
        assertEqual(mentions.length, runs.reduce((sum, run) => sum + finder.find(run.text).length, 0), 'number of mentions');
        for (const { mention, elements } of mentions) {
          if (elements.length === 0) throw new Error(`mention ${mention.target.alias} has no element`);
          for (const element of elements) {
            if (element.localName !== 'qx-mention' || !element.isConnected || element.parentElement?.closest('qx-mention')) {
              throw new Error(`mention ${mention.target.alias}: element <${element.localName}> is not a top-level mention in the page`);
            }
          }
          const text = elements.map((element) => element.textContent).join('');
          assertEqual(text, mention.target.alias, 'text of the mention elements');
          // Blocks break runs: all the pieces of one mention are in the same block.
          if (new Set(elements.map(blockOf)).size !== 1) throw new Error(`mention ${mention.target.alias} spans blocks`);
        }
        // And every qx-mention in the page belongs to one found mention.
        assertEqual(doc.querySelectorAll('qx-mention').length, mentions.reduce((sum, m) => sum + m.elements.length, 0), 'qx-mention elements in the page');
      },
      RUNS,
    );
  });

  it('the generators produce what the properties need (sanity)', () => {
    const samples = fc.sample(pageSpec, { numRuns: 300, seed: 42 });
    let split = 0;
    let adjacentTexts = 0;
    let excluded = 0;
    let mentions = 0;
    for (const spec of samples) {
      const page = buildPage(spec);
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nextSibling?.nodeType === Node.TEXT_NODE) adjacentTexts++;
      }
      excluded += page.excluded.length - 1;
      const { mentions: found } = annotate(new PageWriter(doc), page, false);
      mentions += found.length;
      split += found.filter((mention) => mention.elements.length > 1).length;
    }
    expect(adjacentTexts).toBeGreaterThan(100);
    expect(excluded).toBeGreaterThan(100);
    expect(mentions).toBeGreaterThan(300);
    expect(split).toBeGreaterThan(50);
  });
});
