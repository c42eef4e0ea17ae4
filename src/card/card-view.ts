import type { Reference } from '../article/references';

/** How a card differs between the pages it is shown on; each page profile (src/app/profiles/) gives one. */
export interface CardView {
  /** The label before the nickname: "Nickname" on the Chinese article, "In the Chinese article" on Wired. */
  nicknameLabelKey: 'card.nickname' | 'card.inArticle';
  /** The article's own slips are about the Chinese text, so only its cards mention them. */
  showsSlips: boolean;
  /** A link to the Wired passage that names the person, except on the Wired story itself. */
  linksWiredPassage: boolean;
  /**
   * The article's reference list, for the cards of the entries that are one of its references
   * (given here rather than imported, so that card-ui.js does not carry a second copy of it).
   */
  articleReferences: readonly Reference[];
}
