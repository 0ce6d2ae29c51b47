import type { SkillCategory } from '@/lib/catalog/schema';
import type { SkillSort } from '@/lib/catalog/search';

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
  /** The fields' words where the page is not in English (the builder); English by default. */
  words?: SkillFilterWords;
}

export interface SkillFilterWords {
  search: string;
  category: string;
  allCategories: string;
  sortBy: string;
  sortShare: string;
  sortName: string;
}

const ENGLISH: SkillFilterWords = {
  search: 'Search by name or alias',
  category: 'Category',
  allCategories: 'All categories',
  sortBy: 'Sort by',
  sortShare: 'Share of postings',
  sortName: 'Name (A–Z)',
};

const fieldClass = 'mt-1 h-11 w-full rounded-md border border-slate-400 bg-white px-3';

/** Search by name or alias, category, sort: the same three fields in the catalog and the builder. */
export function SkillFilters({
  idPrefix,
  categories,
  values,
  onChange,
  searchPlaceholder,
  words = ENGLISH,
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
      <div>
        <label htmlFor={`${idPrefix}-search`} className="block text-sm font-medium">
          {words.search}
        </label>
        <input
          id={`${idPrefix}-search`}
          type="search"
          placeholder={searchPlaceholder ?? 'e.g. Postgres, .NET, JS'}
          className={fieldClass}
          {...field('query')}
        />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-category`} className="block text-sm font-medium">
          {words.category}
        </label>
        <select id={`${idPrefix}-category`} className={fieldClass} {...field('category')}>
          <option value="">{words.allCategories}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-sort`} className="block text-sm font-medium">
          {words.sortBy}
        </label>
        <select id={`${idPrefix}-sort`} className={fieldClass} {...field('sort')}>
          <option value="share">{words.sortShare}</option>
          <option value="name">{words.sortName}</option>
        </select>
      </div>
    </>
  );
}
