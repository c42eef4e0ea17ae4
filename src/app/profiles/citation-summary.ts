import { SOURCES, type Citation } from '../../citations/citations';
import type { UiLanguage } from '../../i18n/i18n';
import { pickText, textLanguageOf } from '../../i18n/pick-text';
import type { ToTraditional } from '../../i18n/traditional';

/** "Source title: what the passage says", in the interface language (Chinese in the interface's script). */
export function citationSummary(citation: Citation, uiLanguage: UiLanguage, toTraditional: ToTraditional): string {
  return `${SOURCES[citation.source].title}: ${pickText(citation.summary, textLanguageOf(uiLanguage), uiLanguage, toTraditional)}`;
}
