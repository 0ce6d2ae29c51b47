import { LabelledControl } from '@/components/ui/labelled-control';
import { ENGLISH_CATALOG_WORDS, type CatalogWords } from '@/lib/shared/catalog/catalog-words-en';
import type { SkillCategory } from '@/lib/shared/catalog/schema';
import type { SkillSort } from '@/lib/shared/catalog/search';

export interface SkillFilterValues {
  query: string;
  category: string;
  sort: SkillSort;
}

interface SkillFiltersProps {
  /** Prefix of the fields' ids, unique on the page. */
  idPrefix: string;
  categories: readonly SkillCategory[];
  values: SkillFilterValues;
  /** Given: the fields are controlled (the builder filters as you type). Left out: they are plain named
   * fields with initial values, for a GET form that works without script (`/skills`). */
  onChange?: (values: SkillFilterValues) => void;
  searchPlaceholder?: string;
  /** The labels in the page's language (the catalog page's table, or the builder's messages); English by default. */
  words?: SkillFilterWords;
}

export type SkillFilterWords = Pick<
  CatalogWords,
  'searchLabel' | 'searchPlaceholder' | 'category' | 'allCategories' | 'sortBy' | 'sortShare' | 'sortName'
>;

const fieldClass = 'mt-1 h-11 w-full rounded-md border border-slate-400 bg-white px-3';

/** Search by name or alias, category, sort: the same three fields in the catalog and the builder. */
export function SkillFilters({
  idPrefix,
  categories,
  values,
  onChange,
  searchPlaceholder,
  words = ENGLISH_CATALOG_WORDS,
}: SkillFiltersProps) {
  const field = <K extends keyof SkillFilterValues>(name: K) =>
    onChange
      ? {
          value: values[name],
          onChange: (e: { target: { value: string } }) =>
            onChange({ ...values, [name]: e.target.value as SkillFilterValues[K] }),
        }
      : { name: name === 'query' ? 'q' : name, defaultValue: values[name] };
  return (
    <>
      <LabelledControl id={`${idPrefix}-search`} label={words.searchLabel}>
        <input
          id={`${idPrefix}-search`}
          type="search"
          placeholder={searchPlaceholder ?? words.searchPlaceholder}
          className={fieldClass}
          {...field('query')}
        />
      </LabelledControl>
      <LabelledControl id={`${idPrefix}-category`} label={words.category}>
        <select id={`${idPrefix}-category`} className={fieldClass} {...field('category')}>
          <option value="">{words.allCategories}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </LabelledControl>
      <LabelledControl id={`${idPrefix}-sort`} label={words.sortBy}>
        <select id={`${idPrefix}-sort`} className={fieldClass} {...field('sort')}>
          <option value="share">{words.sortShare}</option>
          <option value="name">{words.sortName}</option>
        </select>
      </LabelledControl>
    </>
  );
}
