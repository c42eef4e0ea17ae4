/**
 * The strings of the cards and the cast, and only those: card-ui.js (src/card/card-ui.tsx) draws
 * them with i18next, which arrives with it, so the page script that marks the article carries
 * neither (./annotator-strings.ts has the few it shows). Named imports let the bundler leave the
 * rest of each locale file out. tests/unit/locales.test.ts checks that every key the cards' and
 * the cast's code uses is here.
 */
import { card as enCard, roster as enRoster } from '../../locales/en.json';
import { card as cnCard, roster as cnRoster } from '../../locales/zh-CN.json';
import { card as twCard, roster as twRoster } from '../../locales/zh-TW.json';
import type { UiStrings } from './i18n';

export const CARD_STRINGS = {
  en: { card: enCard, roster: enRoster },
  'zh-CN': { card: cnCard, roster: cnRoster },
  'zh-TW': { card: twCard, roster: twRoster },
} satisfies UiStrings;
