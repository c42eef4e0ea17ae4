import { SOURCES, type Citation } from '../../citations/citations';
import type { UiLanguage } from '../../i18n/i18n';

/** "Source title: what the passage says", in the interface language (Chinese for both Chinese UIs). */
export function citationSummary(citation: Citation, uiLanguage: UiLanguage): string {
  return `${SOURCES[citation.source].title}: ${uiLanguage === 'en' ? citation.summary.en : citation.summary.zh}`;
}
