/**
 * The UI strings the annotator shows on pages (cards, cast, citation markers, the toolbar button's
 * title), and only those:
 * the annotator bundle would otherwise carry the popup's and options page's strings in three
 * languages. Named imports let the bundler leave the rest of each locale file out.
 * tests/unit/locales.test.ts checks that every key the annotator's code uses is here.
 */
import { card as enCard, citation as enCitation, roster as enRoster, toolbar as enToolbar } from '../../locales/en.json';
import { card as cnCard, citation as cnCitation, roster as cnRoster, toolbar as cnToolbar } from '../../locales/zh-CN.json';
import { card as twCard, citation as twCitation, roster as twRoster, toolbar as twToolbar } from '../../locales/zh-TW.json';
import type { UiStrings } from './i18n';

export const ANNOTATOR_STRINGS = {
  en: { card: enCard, citation: enCitation, roster: enRoster, toolbar: enToolbar },
  'zh-CN': { card: cnCard, citation: cnCitation, roster: cnRoster, toolbar: cnToolbar },
  'zh-TW': { card: twCard, citation: twCitation, roster: twRoster, toolbar: twToolbar },
} satisfies UiStrings;
