import type { Language } from '../draft/draft-schema';
import { DEFAULT_ROLE_ID } from './index';
import { parseCatalogQuery, type CatalogQuery } from './catalog-query';
import { CATALOG_WORDS } from './catalog-words';
import { isLanguage } from '../draft/draft-schema';
import { getLocalizedCatalog } from './localized';
import type { CatalogSkill, SkillCategory } from './schema';
import { matchSkill, searchSkills } from './search';

/** Everything the skill catalog page (`/skills`) shows for one view of its GET form, as plain data. */
export interface CatalogView {
  /** The language of the catalog's words and the page's (`?lang=`, English by default). */
  language: Language;
  roleTitle: string;
  totalSkills: number;
  source: { title: string; publisher: string };
  categories: SkillCategory[];
  filter: CatalogQuery;
  /** The skills that match the filter, in order, each with the alias the search matched, if any. */
  results: { skill: CatalogSkill; matchedAlias: string | null }[];
}

type QueryValues = Record<string, string | string[] | undefined>;

/** `?lang=` of the page: one of the posting languages, else English (like its other fields, never an error). */
export function catalogLanguage(values: QueryValues): Language {
  const value = Array.isArray(values.lang) ? values.lang[0] : values.lang;
  return isLanguage(value) ? value : 'en';
}

/**
 * The catalog view for a query string's values; `{}` is the unfiltered English view, which the page
 * prerenders at build time (the catalog changes only with a deploy), as it does `{ lang }` for each language.
 */
export function catalogView(values: QueryValues): CatalogView {
  const language = catalogLanguage(values);
  const catalog = getLocalizedCatalog(DEFAULT_ROLE_ID, language)!;
  const filter = parseCatalogQuery(values, catalog);
  return {
    language,
    roleTitle: catalog.title,
    totalSkills: catalog.skills.length,
    source: { title: catalog.source.title, publisher: catalog.source.publisher },
    categories: catalog.categories,
    filter,
    results: searchSkills(catalog.skills, { ...filter, locale: CATALOG_WORDS[language].locale }).map((skill) => ({
      skill,
      matchedAlias: matchSkill(skill, filter.query).alias ?? null,
    })),
  };
}
