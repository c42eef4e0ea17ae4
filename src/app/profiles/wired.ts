/** The Wired story: English names get the Chinese nickname, and retold passages link back to the article. */
import { ARTICLE_REFERENCES } from '../../article/references';
import { articleCopyToLinkBack, FALLBACK_ARTICLE_COPY } from '../../citations/article-home';
import { articleLink, CITATIONS, findWiredPassage } from '../../citations/citations';
import { wiredAliases } from './aliases';
import type { ArticleProfile } from './profile';
import { citationSummary } from './citation-summary';

/** Only the Wired passages the article retells, and that a text fragment can find, get a marker. */
const WIRED_CITATIONS = CITATIONS.filter((citation) => citation.source === 'wired' && citation.fragment);

export const WIRED_PROFILE: ArticleProfile = {
  kind: 'wired',
  aliasesOf: wiredAliases,
  glossOf: (entry) => (entry.category === 'person' ? (entry.nickname?.text ?? entry.name.zh ?? null) : null),
  glossLanguage: 'zh',
  citations: WIRED_CITATIONS,
  findPassage: (text, citation) => findWiredPassage(text, citation.fragment!),
  citationMarker: (citation, { t, uiLanguage, toTraditional, setup }) => ({
    href: articleLink(setup.articleCopy ?? FALLBACK_ARTICLE_COPY, citation),
    text: t('citation.backLabel'),
    label: t('citation.back', { summary: citationSummary(citation, uiLanguage, toTraditional) }),
  }),
  findReferences: () => [],
  cardView: { nicknameLabelKey: 'card.inArticle', showsSlips: false, linksWiredPassage: false, articleReferences: ARTICLE_REFERENCES },
  prepare: async () => ({ articleCopy: await articleCopyToLinkBack() }),
};
