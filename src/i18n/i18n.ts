/** UI strings through i18next, from locales/, in the reader's chosen language or the browser's. */
import i18next, { type i18n as I18n } from 'i18next';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import zhTW from '../../locales/zh-TW.json';
import type { UiLanguage } from './languages';

export { pickUiLanguage, UI_LANGUAGES, type UiLanguage, type UiLanguagePreference } from './languages';

const RESOURCES = { en, 'zh-CN': zhCN, 'zh-TW': zhTW } satisfies Record<UiLanguage, typeof en>;

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
