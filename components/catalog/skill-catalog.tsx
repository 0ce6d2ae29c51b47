import Link from 'next/link';
import type { CatalogView } from '@/lib/catalog/catalog-view';
import { Button } from '@/components/ui/button';
import { SkillCard } from './skill-card';
import { SkillFilters } from './skill-filters';

export type SkillCatalogProps = CatalogView;

/** `/skills`: every skill of the role; search, filter and sort are a plain GET form, so each view has a URL. */
export function SkillCatalog({ roleTitle, totalSkills, source, categories, filter, results }: SkillCatalogProps) {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const filtered = Boolean(filter.query || filter.category);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{roleTitle} skill catalog</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        The {totalSkills} skills employers most often ask for in {roleTitle} postings, with the experience they
        typically ask for and how common each skill is. Figures from <cite>{source.title}</cite> ({source.publisher}
        ).
      </p>
      <form
        role="search"
        aria-label="Filter skills"
        method="get"
        action="/skills"
        className="no-print mt-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
      >
        <SkillFilters idPrefix="skill" categories={categories} values={filter} />
        <Button type="submit" variant="primary" className="h-11">
          Show skills
        </Button>
      </form>
      <p className="mt-4 text-sm text-slate-700" role="status">
        {results.length === 1 ? '1 skill' : `${results.length} skills`}
        {filtered ? ' match' : ''}
        {filter.query ? ` “${filter.query}”` : ''}
        {filter.category ? ` in ${byId.get(filter.category)?.name}` : ''}
        {filtered ? (
          <>
            {' · '}
            <Link prefetch={false} href="/skills" className="text-brand-700 underline">
              Clear filters
            </Link>
          </>
        ) : null}
      </p>
      {results.length ? (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Skills">
          {results.map(({ skill, matchedAlias }) => (
            <li key={skill.id}>
              <SkillCard skill={skill} category={byId.get(skill.category)} matchedAlias={matchedAlias ?? undefined} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 rounded-md bg-white p-6 text-center text-slate-700">
          No skill matches. Try another name, or add it as a custom skill in the builder.
        </p>
      )}
    </div>
  );
}
