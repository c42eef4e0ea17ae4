/** Every UI string, for the extension's pages (popup, options, reader view). */
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import zhTW from '../../locales/zh-TW.json';
import type { UiStrings } from './i18n';

export const ALL_STRINGS = { en, 'zh-CN': zhCN, 'zh-TW': zhTW } satisfies UiStrings;
