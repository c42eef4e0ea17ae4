/**
 * The UI strings the extension's own pages show (popup, options, reader view), and only those: the
 * cards and the cast draw with card-ui.js's strings (card-strings.ts) and the citation markers with
 * the annotator's (annotator-strings.ts), even in the reader view, and the manifest's go to
 * _locales/ at build. Named imports let the bundler leave the rest of each locale file out.
 */
import { options as enOptions, popup as enPopup, reader as enReader } from '../../locales/en.json';
import { options as cnOptions, popup as cnPopup, reader as cnReader } from '../../locales/zh-CN.json';
import { options as twOptions, popup as twPopup, reader as twReader } from '../../locales/zh-TW.json';
import type { UiStrings } from './i18n';

export const PAGE_STRINGS = {
  en: { popup: enPopup, options: enOptions, reader: enReader },
  'zh-CN': { popup: cnPopup, options: cnOptions, reader: cnReader },
  'zh-TW': { popup: twPopup, options: twOptions, reader: twReader },
} satisfies UiStrings;
