/** Picks the glossary text for an interface language. */
import type { Bilingual } from '../glossary/types';
import type { UiLanguage } from './i18n';
import type { ToTraditional } from './traditional';

/** The glossary's own languages: English, and Chinese in the interface's script. */
export type TextLanguage = 'en' | 'zh';

export function textLanguageOf(ui: UiLanguage): TextLanguage {
  return ui === 'en' ? 'en' : 'zh';
}

export function pickText(text: Bilingual, language: TextLanguage, ui: UiLanguage, toTraditional: ToTraditional): string {
  if (language === 'en') return text.en;
  return ui === 'zh-TW' ? toTraditional(text.zh) : text.zh;
}

/**
 * The article's own words (a nickname) in the interface's script: for zh-TW converted as a
 * quotation, so only the characters change (乌兹哥 → 烏茲哥), never the words.
 */
export function articleWords(words: string, ui: UiLanguage, toTraditional: ToTraditional): string {
  return ui === 'zh-TW' ? toTraditional(`“${words}”`).slice(1, -1) : words;
}

/** The lang attribute for text shown in `language` under interface `ui`. */
export function langAttribute(language: TextLanguage, ui: UiLanguage): string {
  if (language === 'en') return 'en';
  return ui === 'zh-TW' ? 'zh-Hant' : 'zh-Hans';
}
