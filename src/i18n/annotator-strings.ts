/**
 * The page script's own strings, the toolbar button's title and the Wired story's citation markers,
 * and a formatter for them in place of i18next. i18next came to the page script in ui-kit.js (62 KB,
 * with Preact), run before the annotator, and one i18next instance was made per marking pass, all on
 * the article page's load path, for three strings: in Chromium, running ui-kit.js took a median 5 ms
 * and the first instance's init and t() 9 ms more (15 fresh pages, a busy two-core machine). The
 * cards and the cast, which need i18next and Preact, bring them in card-ui.js (./card-strings.ts).
 *
 * It does what i18next does with these strings: a count picks the plural form (key_one, key_other
 * … as Intl.PluralRules names them, else key itself), and {{name}} takes the value of that name.
 * annotator-strings.test.ts holds it to i18next's answers for every key of its sections, so a form
 * it does not know (i18next's key_zero for a count of 0) fails there before it ships.
 * Named imports let the bundler leave the rest of each locale file out; tests/unit/locales.test.ts
 * checks that every key the annotator's code uses is here.
 */
import { citation as enCitation, toolbar as enToolbar } from '../../locales/en.json';
import { citation as cnCitation, toolbar as cnToolbar } from '../../locales/zh-CN.json';
import { citation as twCitation, toolbar as twToolbar } from '../../locales/zh-TW.json';
import type { Translate } from '../card/Card';
import type { UiLanguage } from './languages';

export const ANNOTATOR_STRINGS: Record<UiLanguage, Record<'citation' | 'toolbar', Record<string, string>>> = {
  en: { citation: enCitation, toolbar: enToolbar },
  'zh-CN': { citation: cnCitation, toolbar: cnToolbar },
  'zh-TW': { citation: twCitation, toolbar: twToolbar },
};

/** The annotator's strings in `language`, as t('section.key', values) gives them. */
export function annotatorTranslator(language: UiLanguage): Translate {
  const plural = new Intl.PluralRules(language);
  return (key, values = {}) => {
    const [section, name] = key.split('.') as [keyof (typeof ANNOTATOR_STRINGS)['en'], string];
    const texts = ANNOTATOR_STRINGS[language][section];
    const { count } = values;
    const text = (typeof count === 'number' ? texts[`${name}_${plural.select(count)}`] : undefined) ?? texts[name] ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, value: string) => String(values[value]));
  };
}
