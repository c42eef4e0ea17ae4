/** The Chinese article: nicknames get English glosses, and retold passages cite the source they retell. */
import { ARTICLE_REFERENCES, findReferenceUrls } from '../../article/references';
import { passageRecorder, rememberArticleUrl } from '../../citations/article-home';
import { CITATIONS, SOURCE_NUMBERS, sourceLink } from '../../citations/citations';
import { offerByKeyCharacter } from '../../citations/character-keys';
import { charactersEveryCopyHas, findQuote } from '../../citations/quote-match';
import { chineseArticleAliases } from './aliases';
import type { ArticleProfile } from './profile';
import { citationSummary } from './citation-summary';

export const QBITAI_PROFILE: ArticleProfile = {
  kind: 'qbitai',
  aliasesOf: chineseArticleAliases,
  glossOf: (entry, target) => (target.isNickname ? entry.name.native : null),
  glossLanguage: 'en',
  citations: CITATIONS,
  citationsIn: offerByKeyCharacter(CITATIONS, (citation) => charactersEveryCopyHas(citation.article.quote)),
  // Real copies write the quotes with full-width punctuation, in Traditional characters, with spaces.
  findPassage: (text, citation) => findQuote(text, citation.article.quote),
  passageFound: (citation, words, setup) => setup.recordPassage?.(citation.id, words),
  citationMarker: (citation, { uiLanguage, toTraditional }) => ({
    href: sourceLink(citation),
    text: `[${SOURCE_NUMBERS[citation.source]}]`,
    label: citationSummary(citation, uiLanguage, toTraditional),
  }),
  findReferences: findReferenceUrls,
  cardView: { nicknameLabelKey: 'card.nickname', showsSlips: true, linksWiredPassage: true, articleReferences: ARTICLE_REFERENCES },
  async prepare(pageUrl) {
    // The Wired story links back to the copy of the article this reader last opened.
    await rememberArticleUrl(pageUrl);
    return { recordPassage: passageRecorder(pageUrl) };
  },
};
