import type { CatalogSkill, SkillCategory } from '@/lib/shared/catalog/schema';
import { ENGLISH_CATALOG_WORDS, type CatalogWords } from '@/lib/shared/catalog/catalog-words-en';
import { PostingShareBar } from './posting-share-bar';

/** One skill of the catalog: name, category, definition, typical ask and share of postings. */
export function SkillCard({
  skill,
  category,
  matchedAlias,
  words = ENGLISH_CATALOG_WORDS,
}: {
  skill: CatalogSkill;
  category?: SkillCategory;
  matchedAlias?: string;
  words?: CatalogWords;
}) {
  const headingId = `skill-${skill.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {skill.name}
        </h2>
        {category ? (
          <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">
            {category.name}
          </span>
        ) : null}
      </header>
      {matchedAlias ? <p className="text-xs text-slate-600">{words.matchedAlias(matchedAlias)}</p> : null}
      <p className="mt-2 flex-1 text-sm text-slate-700">{skill.definition}</p>
      <dl className="mt-3 grid gap-2 text-sm">
        <div>
          <dt className="sr-only">{words.typicalAskLabel}</dt>
          <dd>
            {words.typicalAsk}{' '}
            <strong className="font-semibold text-slate-900">
              {words.years(skill.typicalYears.min, skill.typicalYears.max)}
            </strong>
          </dd>
        </div>
        <div>
          <dt className="sr-only">{words.shareLabel}</dt>
          <dd>
            <PostingShareBar share={skill.postingShare} skillName={skill.name} words={words} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
