import type { RoleCatalog } from './schema';
import { SKILL_SORTS, type SkillSort } from './search';

export interface CatalogQuery {
  query: string;
  category: string;
  sort: SkillSort;
}

type QueryValues = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** The catalog's filters from the URL; anything unknown falls back to "all, by share of postings". */
export function parseCatalogQuery(values: QueryValues, catalog: RoleCatalog): CatalogQuery {
  const query = first(values.q).trim().slice(0, 100);
  const wanted = first(values.category);
  const category = catalog.categories.some((c) => c.id === wanted) ? wanted : '';
  const sortValue = first(values.sort);
  const sort = (SKILL_SORTS as readonly string[]).includes(sortValue) ? (sortValue as SkillSort) : 'share';
  return { query, category, sort };
}
