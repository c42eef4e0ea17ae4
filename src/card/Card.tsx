/** The hover card: draws one glossary entry from props, nothing else. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { CompiledEntry } from '../glossary/types';
import type { UiLanguage } from '../i18n/i18n';
import { articleWords, langAttribute, pickText, textLanguageOf, type TextLanguage } from '../i18n/pick-text';
import type { ToTraditional } from '../i18n/traditional';
import type { CardView } from './card-view';
import { roleLead } from '../glossary/lead';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface CardProps {
  entry: CompiledEntry;
  /** How the page the card is on shows it: the Chinese article explains nicknames, the Wired story shows them. */
  view: CardView;
  uiLanguage: UiLanguage;
  /** The glossary's converter of its Simplified texts, for the zh-TW interface. */
  toTraditional: ToTraditional;
  t: Translate;
  scheme: 'light' | 'dark';
  /** Opens with its details shown (a pinned card, the reader view); otherwise they are a click away. */
  details: boolean;
  /** Drawn as a sheet along the bottom of a phone's screen rather than next to its mention. */
  sheet: boolean;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

const EXTERNAL = { target: '_blank', rel: 'noopener noreferrer' } as const;
/** One card at a time per shadow root, so one id serves. */
const DETAILS_ID = 'qx-card-details';

/**
 * A card's first view says who or what this is in a few lines (Wikipedia's Page Previews are the
 * model); the details (the joke, the notes, the bio, the links) follow on the disclosure button.
 */
export function Card({ entry, view, uiLanguage, toTraditional, t, scheme, details: detailsAtFirst, sheet, onClose, onPointerEnter, onPointerLeave }: CardProps) {
  const [details, setDetails] = useState(detailsAtFirst);
  const uiText = textLanguageOf(uiLanguage);
  const text = (value: Bilingual, language: TextLanguage = uiText) => pickText(value, language, uiLanguage, toTraditional);
  const lang = (language: TextLanguage = uiText) => langAttribute(language, uiLanguage);
  const shown: Shown = { text, lang, t, details };
  // A slang card is headed by the expression as the reader's copy writes it (Traditional for zh-TW).
  const expression = entry.slang && articleWords(entry.name.native, uiLanguage, toTraditional);
  const parts = expression ? slangParts(entry, expression, shown) : nameParts({ entry, view, uiLanguage, toTraditional }, shown);

  return (
    <div
      class={`card ${scheme}${expression ? ' slang' : ''}${sheet ? ' sheet' : ''}`}
      role="dialog"
      aria-label={expression ? t('card.slangDialogLabel', { name: expression }) : t('card.dialogLabel', { name: entry.name.native })}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      <header>
        <div>{parts.heading}</div>
        <button type="button" class="close" aria-label={t('card.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {parts.summary}
      <button type="button" class="more" aria-expanded={details} aria-controls={DETAILS_ID} onClick={() => setDetails(!details)}>
        {t(details ? 'card.less' : 'card.more')}
      </button>
      <div class="details" id={DETAILS_ID} hidden={!details}>
        {parts.details}
        <Bio entry={entry} uiText={uiText} shown={shown} />
        <Links entry={entry} view={view} t={t} />
      </div>
    </div>
  );
}

type Bilingual = CompiledEntry['role'];

/** How a card writes the glossary's texts in the interface language, with their lang attributes. */
interface Shown {
  text(value: Bilingual, language?: TextLanguage): string;
  lang(language?: TextLanguage): string;
  t: Translate;
  /** Whether the details are shown. */
  details: boolean;
}

/** What a kind of card shows: its heading, its first view, and its own details before the bio and links. */
interface CardParts {
  heading: JSX.Element;
  summary: JSX.Element;
  details: JSX.Element;
}

/** The entry's part in the story: its lead in the first view, the whole of it with the details. */
function storyText(entry: CompiledEntry, { text, details }: Shown): string {
  return text(details ? entry.role : roleLead(entry));
}

/** A person's, organisation's, work's or term's card: its names, nickname, part in the story, slip and what changed since. */
function nameParts({ entry, view, uiLanguage, toTraditional }: Pick<CardProps, 'entry' | 'view' | 'uiLanguage' | 'toTraditional'>, shown: Shown): CardParts {
  const { text, lang, t } = shown;
  const { name, nickname } = entry;
  const showsLatinToo = name.latin !== undefined && name.latin !== name.native;
  // In Chinese whatever the interface language; in Traditional characters for zh-TW, where Taiwan may
  // write the English name itself (Google), which the heading already shows.
  const zhName = name.zh && text({ en: name.zh, zh: name.zh }, 'zh');
  return {
    heading: (
      <>
        <h2 class="name" lang="en">{name.native}</h2>
        {showsLatinToo && <p class="latin">{name.latin}</p>}
        {zhName && zhName !== name.native && <p class="zh-name" lang={lang('zh')}>{zhName}</p>}
      </>
    ),
    summary: (
      <>
        {nickname && (
          <p class="nickname" lang={lang('zh')}>
            <span class="label">{t(view.nicknameLabelKey)}</span> <span class="nickname-text">{articleWords(nickname.text, uiLanguage, toTraditional)}</span>{' '}
            <span class="pinyin">{nickname.pinyin}</span>
          </p>
        )}
        <p class="role" lang={lang()}>
          <span class="label">{t('card.role')}</span> {storyText(entry, shown)}
        </p>
      </>
    ),
    details: (
      <>
        {nickname && (
          <section class="joke" lang={lang()}>
            <p>{t('card.literally', { literal: text(nickname.literal) })}</p>
            <p>
              <span class="label">{t('card.joke')}</span> {text(nickname.joke)}
            </p>
          </section>
        )}
        {entry.slip && view.showsSlips && (
          <p class="slip" lang={lang()}>
            <span class="label">{t('card.slip')}</span> {text(entry.slip)}
          </p>
        )}
        {entry.since && (
          <p class="since" lang={lang()}>
            <span class="label">{t('card.since')}</span> {text(entry.since.then)}{' '}
            <span class="label">{t('card.sinceNow', { date: entry.since.asOf })}</span> {text(entry.since.now)}
          </p>
        )}
      </>
    ),
  };
}

/**
 * A slang card, for a learner: what kind of expression it is, the expression and its pinyin, and
 * what it means in this passage; then what the words say and how English would say it.
 */
function slangParts(entry: CompiledEntry, expression: string, shown: Shown): CardParts {
  const { text, lang, t } = shown;
  const slang = entry.slang!;
  return {
    heading: (
      <>
        <p class="kind" lang={lang()}>{t(`card.slangKind.${slang.kind}`)}</p>
        <h2 class="expression" lang={lang('zh')}>
          {expression}
        </h2>
        <p class="pinyin" lang="zh-Latn-pinyin">
          {slang.pinyin}
        </p>
      </>
    ),
    summary: (
      <p class="here" lang={lang()}>
        <span class="label">{t('card.slangHere')}</span> {storyText(entry, shown)}
      </p>
    ),
    details: (
      <>
        <p class="literal" lang={lang()}>
          <span class="label">{t('card.slangLiterally')}</span> {text(slang.literal)}
        </p>
        <p class="equivalent">
          <span class="label" lang={lang()}>
            {t('card.slangEnglish')}
          </span>{' '}
          <span class="english" lang="en">
            {entry.name.latin}
          </span>
        </p>
      </>
    ),
  };
}

/** The dated bio (for slang, the usage in general), in the interface language or the other one. */
function Bio({ entry, uiText, shown: { text, lang, t } }: { entry: CompiledEntry; uiText: TextLanguage; shown: Shown }) {
  const [bioLanguage, setBioLanguage] = useState<TextLanguage>(uiText);
  return (
    <section class="bio">
      <p lang={lang(bioLanguage)}>
        {text(entry.bio, bioLanguage)} <span class="as-of">({t('card.asOf', { date: entry.bio.asOf })})</span>
      </p>
      <button type="button" class="switch-language" onClick={() => setBioLanguage(bioLanguage === uiText ? (uiText === 'en' ? 'zh' : 'en') : uiText)}>
        {bioLanguage === uiText ? t('card.showOtherLanguage') : t('card.showUiLanguage')}
      </button>
    </section>
  );
}

/**
 * The card's links: the Wired passage that names the person, then Wikipedia (or the cited source), and
 * for an entry that is one of the article's own references, that reference.
 */
function Links({ entry, view, t }: Pick<CardProps, 'entry' | 'view' | 't'>) {
  const reference = view.articleReferences.find(({ number }) => number === entry.articleReference);
  return (
    <nav class="links">
      {entry.links.wired && view.linksWiredPassage && (
        <a href={entry.links.wired} {...EXTERNAL} class="source-passage">
          {t('card.sourcePassage')}
        </a>
      )}
      {entry.links.wikipedia ? (
        <a href={entry.links.wikipedia} {...EXTERNAL}>
          {t('card.wikipedia')}
        </a>
      ) : (
        entry.source &&
        entry.source.url !== reference?.url && (
          // Every entry but slang cites a source; without a Wikipedia article, the card links the first one.
          <a href={entry.source.url} {...EXTERNAL} class="source">
            {t('card.source', { title: entry.source.title })}
          </a>
        )
      )}
      {reference && (
        <a href={reference.url} {...EXTERNAL} class="article-reference">
          {t('card.articleReference', { number: reference.number })}
        </a>
      )}
    </nav>
  );
}
