import { DEFAULT_ROLE_ID, getRoleCatalog } from './index';
import { parseCatalogQuery, type CatalogQuery } from './catalog-query';
import type { CatalogSkill, SkillCategory } from './schema';
import { matchSkill, searchSkills } from './search';

/** Everything the skill catalog page (`/skills`) shows for one view of its GET form, as plain data. */
export interface CatalogView {
  roleTitle: string;
  totalSkills: number;
  source: { title: string; publisher: string };
  categories: SkillCategory[];
  filter: CatalogQuery;
  /** The skills that match the filter, in order, each with the alias the search matched, if any. */
  results: { skill: CatalogSkill; matchedAlias: string | null }[];
}

/**
 * The catalog view for a query string's values; `{}` is the unfiltered view, which the page prerenders
 * at build time (the catalog changes only with a deploy).
 */
export function catalogView(values: Record<string, string | string[] | undefined>): CatalogView {
  const catalog = getRoleCatalog(DEFAULT_ROLE_ID)!;
  const filter = parseCatalogQuery(values, catalog);
  return {
    roleTitle: catalog.title,
    totalSkills: catalog.skills.length,
    source: { title: catalog.source.title, publisher: catalog.source.publisher },
    categories: catalog.categories,
    filter,
    results: searchSkills(catalog.skills, filter).map((skill) => ({
      skill,
      matchedAlias: matchSkill(skill, filter.query).alias ?? null,
    })),
  };
}
