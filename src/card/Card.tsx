/** The hover card: draws one glossary entry from props, nothing else. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ARTICLE_REFERENCES } from '../article/references';
import type { CompiledEntry } from '../glossary/types';
import type { UiLanguage } from '../i18n/i18n';
import { articleWords, langAttribute, pickText, textLanguageOf, type TextLanguage } from '../i18n/pick-text';
import type { ToTraditional } from '../i18n/traditional';
import type { CardView } from './card-view';

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
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

const EXTERNAL = { target: '_blank', rel: 'noopener noreferrer' } as const;

export function Card({ entry, view, uiLanguage, toTraditional, t, scheme, onClose, onPointerEnter, onPointerLeave }: CardProps) {
  const uiText = textLanguageOf(uiLanguage);
  const text = (value: Bilingual, language: TextLanguage = uiText) => pickText(value, language, uiLanguage, toTraditional);
  const lang = (language: TextLanguage = uiText) => langAttribute(language, uiLanguage);
  const shown: Shown = { text, lang, t };
  // A slang card is headed by the expression as the reader's copy writes it (Traditional for zh-TW).
  const expression = entry.slang && articleWords(entry.name.native, uiLanguage, toTraditional);
  const close = (
    <button type="button" class="close" aria-label={t('card.close')} onClick={onClose}>
      ×
    </button>
  );

  return (
    <div
      class={`card ${scheme}${expression ? ' slang' : ''}`}
      role="dialog"
      aria-label={expression ? t('card.slangDialogLabel', { name: expression }) : t('card.dialogLabel', { name: entry.name.native })}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      {expression ? (
        <SlangCardBody entry={entry} expression={expression} shown={shown} close={close} />
      ) : (
        <NameCardBody entry={entry} view={view} uiLanguage={uiLanguage} toTraditional={toTraditional} shown={shown} close={close} />
      )}
      <Bio entry={entry} uiText={uiText} shown={shown} />
      <Links entry={entry} view={view} t={t} />
    </div>
  );
}

type Bilingual = CompiledEntry['role'];

/** How a card writes the glossary's texts in the interface language, with their lang attributes. */
interface Shown {
  text(value: Bilingual, language?: TextLanguage): string;
  lang(language?: TextLanguage): string;
  t: Translate;
}

/** A person's, organisation's, work's or term's card: its names, nickname, part in the story, slip and what changed since. */
function NameCardBody({
  entry,
  view,
  uiLanguage,
  toTraditional,
  shown: { text, lang, t },
  close,
}: Pick<CardProps, 'entry' | 'view' | 'uiLanguage' | 'toTraditional'> & { shown: Shown; close: JSX.Element }) {
  const { name, nickname } = entry;
  const showsLatinToo = name.latin !== undefined && name.latin !== name.native;
  // In Chinese whatever the interface language; in Traditional characters for zh-TW, where Taiwan may
  // write the English name itself (Google), which the heading already shows.
  const zhName = name.zh && text({ en: name.zh, zh: name.zh }, 'zh');
  const shownNickname = nickname && { ...nickname, text: articleWords(nickname.text, uiLanguage, toTraditional) };
  return (
    <>
      <header>
        <div>
          <h2 class="name" lang="en">{name.native}</h2>
          {showsLatinToo && <p class="latin">{name.latin}</p>}
          {zhName && zhName !== name.native && <p class="zh-name" lang={lang('zh')}>{zhName}</p>}
        </div>
        {close}
      </header>
      {shownNickname && <Nickname nickname={shownNickname} label={t(view.nicknameLabelKey)} t={t} text={text} lang={lang()} wordsLang={lang('zh')} />}
      <p class="role" lang={lang()}>
        <span class="label">{t('card.role')}</span> {text(entry.role)}
      </p>
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
  );
}

/**
 * A slang card, for a learner: what kind of expression it is, the expression and its pinyin, what the
 * words say, what they mean in this passage, and how English would say it.
 */
function SlangCardBody({ entry, expression, shown: { text, lang, t }, close }: { entry: CompiledEntry; expression: string; shown: Shown; close: JSX.Element }) {
  const slang = entry.slang!;
  return (
    <>
      <header>
        <div>
          <p class="kind" lang={lang()}>{t(`card.slangKind.${slang.kind}`)}</p>
          <h2 class="expression" lang={lang('zh')}>
            {expression}
          </h2>
          <p class="pinyin" lang="zh-Latn-pinyin">
            {slang.pinyin}
          </p>
        </div>
        {close}
      </header>
      <p class="literal" lang={lang()}>
        <span class="label">{t('card.slangLiterally')}</span> {text(slang.literal)}
      </p>
      <p class="here" lang={lang()}>
        <span class="label">{t('card.slangHere')}</span> {text(entry.role)}
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
  );
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

type Nickname = NonNullable<CompiledEntry['nickname']>;

/** The nickname, its pinyin, what it says literally and the joke behind it. */
function Nickname({
  nickname,
  label,
  t,
  text,
  lang,
  wordsLang,
}: {
  nickname: Nickname;
  label: string;
  t: Translate;
  text(value: Nickname['joke']): string;
  lang: string;
  /** The nickname's own script: Traditional for zh-TW. */
  wordsLang: string;
}) {
  return (
    <section class="nickname" lang={wordsLang}>
      <p class="nickname-line">
        <span class="label">{label}</span> <span class="nickname-text">{nickname.text}</span> <span class="pinyin">{nickname.pinyin}</span>
      </p>
      <p lang={lang}>{t('card.literally', { literal: text(nickname.literal) })}</p>
      <p lang={lang}>
        <span class="label">{t('card.joke')}</span> {text(nickname.joke)}
      </p>
    </section>
  );
}

/**
 * The card's links: the Wired passage that names the person, then Wikipedia (or the cited source), and
 * for an entry that is one of the article's own references, that reference.
 */
function Links({ entry, view, t }: Pick<CardProps, 'entry' | 'view' | 't'>) {
  const reference = ARTICLE_REFERENCES.find(({ number }) => number === entry.articleReference);
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
