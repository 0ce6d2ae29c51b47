import type { CatalogSkill } from './schema';

export const SKILL_SORTS = ['share', 'name'] as const;
export type SkillSort = (typeof SKILL_SORTS)[number];

export interface SkillQuery {
  query?: string;
  category?: string;
  sort?: SkillSort;
  /** The locale names are sorted in (the catalog's language). */
  locale?: string;
}

/** ".NET", "dot net" and "Net" should all find ASP.NET: compare letters and digits only. */
export function normalizeSearchTerm(term: string): string {
  return term
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9#+]/g, '');
}

/** Which of a skill's names matched, so the UI can say "matched alias Postgres". */
export function matchSkill(skill: CatalogSkill, query: string): { matched: boolean; alias?: string } {
  const needle = normalizeSearchTerm(query);
  if (!needle) return { matched: true };
  if (normalizeSearchTerm(skill.name).includes(needle)) return { matched: true };
  const alias = skill.aliases.find((a) => normalizeSearchTerm(a).includes(needle));
  return alias ? { matched: true, alias } : { matched: false };
}

export function searchSkills(
  skills: readonly CatalogSkill[],
  { query = '', category, sort = 'share', locale = 'en' }: SkillQuery,
) {
  const results = skills.filter(
    (skill) => (!category || skill.category === category) && matchSkill(skill, query).matched,
  );
  return results.sort((a, b) =>
    sort === 'name'
      ? a.name.localeCompare(b.name, locale, { sensitivity: 'base' })
      : b.postingShare - a.postingShare || a.name.localeCompare(b.name, locale),
  );
}

/** "4–5 years", "1 year", "3+ years": the way employers read an experience ask. */
export function formatYearsRange({ min, max }: { min: number; max: number }): string {
  if (min === max) return `${min} ${min === 1 ? 'year' : 'years'}`;
  return `${min}–${max} years`;
}

export function formatShare(share: number): string {
  return `${share.toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;
}
