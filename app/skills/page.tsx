import type { Metadata } from 'next';
import Link from 'next/link';
import { SkillCard } from '@/components/catalog/skill-card';
import { SkillFilters } from '@/components/catalog/skill-filters';
import { DEFAULT_ROLE_ID, getRoleCatalog } from '@/lib/catalog';
import { matchSkill, searchSkills, SKILL_SORTS, type SkillSort } from '@/lib/catalog/search';

export const metadata: Metadata = {
  title: 'Back End Developer skill catalog',
  description:
    'The 28 skills most asked for in Back End Developer postings: what each means, the experience employers typically ask and how common it is.',
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export default async function SkillsPage({ searchParams }: { searchParams: SearchParams }) {
  const catalog = getRoleCatalog(DEFAULT_ROLE_ID)!;
  const params = await searchParams;
  const query = first(params.q).slice(0, 100);
  const category = catalog.categories.some((c) => c.id === first(params.category)) ? first(params.category) : '';
  const sort: SkillSort = (SKILL_SORTS as readonly string[]).includes(first(params.sort))
    ? (first(params.sort) as SkillSort)
    : 'share';
  const skills = searchSkills(catalog.skills, { query, category, sort });
  const categories = new Map(catalog.categories.map((c) => [c.id, c]));
  const filtered = Boolean(query || category);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{catalog.title} skill catalog</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        The {catalog.skills.length} skills employers most often ask for in {catalog.title} postings, with the experience
        they typically ask for and how common each skill is. Figures from <cite>{catalog.source.title}</cite> (
        {catalog.source.publisher}).
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <SkillFilters categories={catalog.categories} query={query} category={category} sort={sort} />
      </div>
      <p className="mt-4 text-sm text-slate-700" role="status">
        {skills.length === 1 ? '1 skill' : `${skills.length} skills`}
        {filtered ? ' match' : ''}
        {query ? ` “${query}”` : ''}
        {category ? ` in ${categories.get(category)?.name}` : ''}
        {filtered ? (
          <>
            {' · '}
            <Link prefetch={false} href="/skills" className="text-brand-700 underline">
              Clear filters
            </Link>
          </>
        ) : null}
      </p>
      {skills.length === 0 ? (
        <p className="mt-6 rounded-md bg-white p-6 text-center text-slate-700">
          No skill matches. Try another name, or add it as a custom skill in the builder.
        </p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Skills">
          {skills.map((skill) => (
            <li key={skill.id}>
              <SkillCard
                skill={skill}
                category={categories.get(skill.category)}
                matchedAlias={matchSkill(skill, query).alias}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
