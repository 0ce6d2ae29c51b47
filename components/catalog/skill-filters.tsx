import type { SkillCategory } from '@/lib/catalog';
import type { SkillSort } from '@/lib/catalog/search';

/** A plain GET form: works without JavaScript, and the URL can be shared or bookmarked. */
export function SkillFilters({
  categories,
  query,
  category,
  sort,
}: {
  categories: SkillCategory[];
  query: string;
  category: string;
  sort: SkillSort;
}) {
  return (
    <form
      role="search"
      aria-label="Filter skills"
      method="get"
      action="/skills"
      className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
    >
      <div>
        <label htmlFor="skill-search" className="block text-sm font-medium">
          Search by name or alias
        </label>
        <input
          id="skill-search"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="e.g. Postgres, .NET, JS"
          className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="skill-category" className="block text-sm font-medium">
          Category
        </label>
        <select
          id="skill-category"
          name="category"
          defaultValue={category}
          className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        >
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="skill-sort" className="block text-sm font-medium">
          Sort by
        </label>
        <select
          id="skill-sort"
          name="sort"
          defaultValue={sort}
          className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        >
          <option value="share">Share of postings</option>
          <option value="name">Name (A–Z)</option>
        </select>
      </div>
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
        Show skills
      </button>
    </form>
  );
}
