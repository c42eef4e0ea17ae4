import type { Category } from '../glossary/types';

/** Locale keys of each category's name, shared by the popup and the options page. */
export const CATEGORY_LABELS: Record<Category, string> = {
  person: 'popup.categoryPerson',
  organisation: 'popup.categoryOrganisation',
  work: 'popup.categoryWork',
  term: 'popup.categoryTerm',
  slang: 'popup.categorySlang',
};
