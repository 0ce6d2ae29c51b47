// The catalog words in English, on their own: the builder's skill picker ships them to the browser, and
// only the prerendered catalog pages need the other languages (catalog-words.ts).

/**
 * The words the skill catalog page (`/skills`) adds around the catalog, in each posting language. A table of
 * the same shape per language: TypeScript refuses a language with a missing entry, and the test renders each.
 */
export interface CatalogWords {
  /** The language's own name, for the language links. */
  languageName: string;
  /** The BCP 47 locale its numbers and sorting follow. */
  locale: string;
  pageTitle: (role: string) => string;
  pageDescription: (count: number, role: string) => string;
  heading: (role: string) => string;
  intro: (count: number, role: string) => string;
  /** Before the cited guide and its publisher: "Figures from". */
  figuresFrom: string;
  otherLanguages: string;
  filterForm: string;
  searchLabel: string;
  searchPlaceholder: string;
  category: string;
  allCategories: string;
  sortBy: string;
  sortShare: string;
  sortName: string;
  showSkills: string;
  /** "12 skills", "1 skill" */
  skillCount: (count: number) => string;
  /** The status line of a filtered view: "3 skills match “post” in Databases". */
  filtered: (count: number, query: string, category: string) => string;
  clearFilters: string;
  skillsList: string;
  noMatch: string;
  matchedAlias: (alias: string) => string;
  typicalAskLabel: string;
  typicalAsk: string;
  /** "4–5 years", "1 year" */
  years: (min: number, max: number) => string;
  shareLabel: string;
  /** Before and after the share figure: "Found in", "of postings". */
  foundIn: string;
  ofPostings: string;
  /** Read out after the share, its separator included: " that ask for APIs". */
  thatAskFor: (skill: string) => string;
}

export const range = (min: number, max: number) => (min === max ? `${min}` : `${min}–${max}`);

export const ENGLISH_CATALOG_WORDS: CatalogWords = {
  languageName: 'English',
  locale: 'en-US',
  pageTitle: (role) => `${role} skill catalog · Postwright`,
  pageDescription: (count, role) =>
    `The ${count} skills most asked for in ${role} postings: what each means, the experience employers typically ask and how common it is.`,
  heading: (role) => `${role} skill catalog`,
  intro: (count, role) =>
    `The ${count} skills employers most often ask for in ${role} postings, with the experience they typically ask for and how common each skill is.`,
  figuresFrom: 'Figures from',
  otherLanguages: 'This catalog in other languages',
  filterForm: 'Filter skills',
  searchLabel: 'Search by name or alias',
  searchPlaceholder: 'e.g. Postgres, .NET, JS',
  category: 'Category',
  allCategories: 'All categories',
  sortBy: 'Sort by',
  sortShare: 'Share of postings',
  sortName: 'Name (A–Z)',
  showSkills: 'Show skills',
  skillCount: (count) => (count === 1 ? '1 skill' : `${count} skills`),
  filtered: (count, query, category) =>
    `${count === 1 ? '1 skill' : `${count} skills`} match${query ? ` “${query}”` : ''}${category ? ` in ${category}` : ''}`,
  clearFilters: 'Clear filters',
  skillsList: 'Skills',
  noMatch: 'No skill matches. Try another name, or add it as a custom skill in the builder.',
  matchedAlias: (alias) => `Matched “${alias}”`,
  typicalAskLabel: 'Typical experience asked',
  typicalAsk: 'Typical ask:',
  years: (min, max) => `${range(min, max)} ${min === max && min === 1 ? 'year' : 'years'}`,
  shareLabel: 'How common in postings',
  foundIn: 'Found in',
  ofPostings: 'of postings',
  thatAskFor: (skill) => ` that ask for ${skill}`,
};

/** "46.8%", "46,8 %": the share of postings as the words' locale writes a percentage. */
export function formatShareIn(share: number, words: Pick<CatalogWords, 'locale'> = ENGLISH_CATALOG_WORDS): string {
  return new Intl.NumberFormat(words.locale, { style: 'percent', maximumFractionDigits: 1 }).format(share / 100);
}
