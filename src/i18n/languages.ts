/** The interface languages, apart from i18next, so settings and the background stay small. */
export type UiLanguage = 'en' | 'zh-CN' | 'zh-TW';
/** What the reader chose in the options: a language, or whatever the browser uses. */
export type UiLanguagePreference = 'auto' | UiLanguage;

export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'zh-CN', 'zh-TW'];

/**
 * The reader's choice wins; otherwise the browser's language: Traditional Chinese for Taiwan, Hong
 * Kong, Macau and zh-Hant, Simplified for any other Chinese, English for everything else.
 */
export function pickUiLanguage(browserLanguage: string | undefined, preference: UiLanguagePreference = 'auto'): UiLanguage {
  if (preference !== 'auto') return preference;
  const tag = browserLanguage?.toLowerCase() ?? '';
  if (!tag.startsWith('zh')) return 'en';
  return /^zh-(tw|hk|mo|hant)\b/.test(tag) ? 'zh-TW' : 'zh-CN';
}
