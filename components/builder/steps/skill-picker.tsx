import { Button } from '@/components/ui/button';
import { useState } from 'react';
import { formatYearsRange, matchSkill, searchSkills, type SkillSort } from '@/lib/shared/catalog/search';
import type { CatalogSkill } from '@/lib/shared/catalog/schema';
import { PostingShareBar } from '@/components/catalog/posting-share-bar';
import { SkillFilters } from '@/components/catalog/skill-filters';
import { useBuilderData } from '../builder-context';
import { useT, useUiLocale } from '../ui-text';

/** The catalog made usable: search by name or alias, filter, sort, and add a skill with one click. */
export function SkillPicker({
  selected,
  onAdd,
  full,
}: {
  selected: Set<string>;
  onAdd: (skill: CatalogSkill) => void;
  full: boolean;
}) {
  const { skills, categories } = useBuilderData();
  const t = useT();
  const locale = useUiLocale();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [sort, setSort] = useState<SkillSort>('share');
  const results = searchSkills(skills, { query, category, sort });
  const categoryName = (id: string) => categories.find((c) => c.id === id)?.name ?? id;

  return (
    <section aria-labelledby="picker-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="picker-title" className="font-semibold">
        {t('picker.title')}
      </h3>
      <div className="mt-3 grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
        <SkillFilters
          idPrefix="picker"
          categories={categories}
          values={{ query, category, sort }}
          onChange={(next) => {
            setQuery(next.query);
            setCategory(next.category);
            setSort(next.sort);
          }}
          words={{
            searchLabel: t('filters.search'),
            searchPlaceholder: t('picker.placeholder'),
            category: t('filters.category'),
            allCategories: t('filters.allCategories'),
            sortBy: t('filters.sortBy'),
            sortShare: t('filters.sortShare'),
            sortName: t('filters.sortName'),
          }}
        />
      </div>
      <p className="mt-3 text-sm text-slate-700" role="status">
        {t('picker.count', { count: results.length })}
      </p>
      <ul className="mt-2 grid max-h-[34rem] gap-3 overflow-y-auto pr-1" aria-label={t('picker.list')}>
        {results.map((skill) => {
          const added = selected.has(skill.id);
          const alias = matchSkill(skill, query).alias;
          return (
            <li key={skill.id} className="rounded-md border border-slate-200 p-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <p className="font-semibold">
                    {skill.name}{' '}
                    <span className="text-xs font-normal text-slate-600">· {categoryName(skill.category)}</span>
                  </p>
                  {alias ? <p className="text-xs text-slate-600">{t('picker.matched', { alias })}</p> : null}
                </div>
                <Button size="sm" disabled={added || full} onClick={() => onAdd(skill)}>
                  {added ? t('picker.added') : t('picker.add')}
                  <span className="sr-only"> {skill.name}</span>
                </Button>
              </div>
              <p className="mt-1 text-sm text-slate-700">{skill.definition}</p>
              <p className="mt-1 text-sm">
                {t('picker.typicalAsk')} <strong>{formatYearsRange(skill.typicalYears)}</strong>
              </p>
              <div className="mt-1">
                <PostingShareBar
                  share={skill.postingShare}
                  skillName={skill.name}
                  words={{
                    locale,
                    foundIn: t('shareBar.before'),
                    ofPostings: t('shareBar.after'),
                    thatAskFor: (skill) => t('shareBar.asking', { skill }),
                  }}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
