/** UI strings through i18next, from locales/, in the reader's chosen language or the browser's. */
import i18next, { type i18n as I18n } from 'i18next';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import zhTW from '../../locales/zh-TW.json';

export type UiLanguage = 'en' | 'zh-CN' | 'zh-TW';
/** What the reader chose in the options: a language, or whatever the browser uses. */
export type UiLanguagePreference = 'auto' | UiLanguage;

export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'zh-CN', 'zh-TW'];

const RESOURCES = { en, 'zh-CN': zhCN, 'zh-TW': zhTW } satisfies Record<UiLanguage, typeof en>;

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

export async function createI18n(language: UiLanguage): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([lng, strings]) => [lng, { translation: strings }])),
    interpolation: { escapeValue: false }, // Preact escapes what it renders.
    initAsync: false,
  });
  return instance;
}
