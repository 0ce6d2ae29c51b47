import Link from 'next/link';
import type { CatalogView } from '@/lib/shared/catalog/catalog-view';
import { catalogWords } from '@/lib/shared/catalog/catalog-words';
import type { PageLanguageProps } from '@/components/layout/page-language';
import { Button } from '@/components/ui/button';
import { CatalogLanguageLinks, catalogPath } from './catalog-language-links';
import { SkillCard } from './skill-card';
import { SkillFilters } from './skill-filters';

export type SkillCatalogProps = CatalogView & PageLanguageProps;

/**
 * `/skills`: every skill of the role; search, filter and sort are a plain GET form, so each view has a URL.
 * The catalog's words are in the view's language, so the page marks its body with it (`_app` marks the site's
 * own chrome as English).
 */
export function SkillCatalog({
  language,
  roleTitle,
  totalSkills,
  source,
  categories,
  filter,
  results,
}: SkillCatalogProps) {
  const words = catalogWords(language);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const filtered = Boolean(filter.query || filter.category);
  return (
    <div lang={language} className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{words.heading(roleTitle)}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        {words.intro(totalSkills, roleTitle)} {words.figuresFrom} <cite lang="en">{source.title}</cite> (
        {source.publisher}).
      </p>
      <CatalogLanguageLinks language={language} />
      <form
        role="search"
        aria-label={words.filterForm}
        method="get"
        action="/skills"
        className="no-print mt-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
      >
        {language !== 'en' ? <input type="hidden" name="lang" value={language} /> : null}
        <SkillFilters idPrefix="skill" categories={categories} values={filter} words={words} />
        <Button type="submit" variant="primary" className="h-11">
          {words.showSkills}
        </Button>
      </form>
      <p className="mt-4 text-sm text-slate-700" role="status">
        {filtered
          ? words.filtered(results.length, filter.query, byId.get(filter.category)?.name ?? '')
          : words.skillCount(results.length)}
        {filtered ? (
          <>
            {' · '}
            <Link prefetch={false} href={catalogPath(language)} className="text-brand-700 underline">
              {words.clearFilters}
            </Link>
          </>
        ) : null}
      </p>
      {results.length ? (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={words.skillsList}>
          {results.map(({ skill, matchedAlias }) => (
            <li key={skill.id}>
              <SkillCard
                skill={skill}
                category={byId.get(skill.category)}
                matchedAlias={matchedAlias ?? undefined}
                words={words}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 rounded-md bg-white p-6 text-center text-slate-700">{words.noMatch}</p>
      )}
    </div>
  );
}
