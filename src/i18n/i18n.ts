/** UI strings through i18next, from locales/, in the reader's chosen language or the browser's. */
import i18next, { type i18n as I18n } from 'i18next';
import type { UiLanguage } from './languages';

export { pickUiLanguage, UI_LANGUAGES, type UiLanguage, type UiLanguagePreference } from './languages';

/** The strings of each interface language (all of locales/, or the part a bundle needs). */
export type UiStrings = Record<UiLanguage, object>;

/** Ready when it returns: the strings are in memory, and initAsync: false loads them in this call. */
export function createI18n(language: UiLanguage, strings: UiStrings): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(strings).map(([lng, translation]) => [lng, { translation }])),
    interpolation: { escapeValue: false }, // Preact escapes what it renders.
    initAsync: false,
  });
  return instance;
}
