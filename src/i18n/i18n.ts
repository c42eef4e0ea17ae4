/** UI strings through i18next, from locales/, in the language the browser's UI uses. */
import i18next, { type i18n as I18n } from 'i18next';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';

export type UiLanguage = 'en' | 'zh-CN';

export const UI_LANGUAGES: Record<UiLanguage, typeof en> = { en, 'zh-CN': zhCN };

/** Chinese in any script reads the Chinese UI; everything else, English. */
export function pickUiLanguage(browserLanguage: string | undefined): UiLanguage {
  return browserLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export async function createI18n(language: UiLanguage): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false }, // Preact escapes what it renders.
    initAsync: false,
  });
  return instance;
}
