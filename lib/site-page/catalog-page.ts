import { escapeHtml } from '../html/escape-html';
import type { CatalogSkill, RoleCatalog, SkillCategory } from '../catalog';
import {
  formatShare,
  formatYearsRange,
  matchSkill,
  searchSkills,
  SKILL_SORTS,
  type SkillSort,
} from '../catalog/search';
import { renderSiteDocument } from './document';
import { shareClass } from './site-page-styles';

export interface CatalogQuery {
  query: string;
  category: string;
  sort: SkillSort;
}

/** The catalog's filters from the URL; anything unknown falls back to "all, by share of postings". */
export function parseCatalogQuery(params: URLSearchParams, catalog: RoleCatalog): CatalogQuery {
  const query = (params.get('q') ?? '').trim().slice(0, 100);
  const wanted = params.get('category') ?? '';
  const category = catalog.categories.some((c) => c.id === wanted) ? wanted : '';
  const sortParam = params.get('sort') ?? '';
  const sort = (SKILL_SORTS as readonly string[]).includes(sortParam) ? (sortParam as SkillSort) : 'share';
  return { query, category, sort };
}

const option = (value: string, label: string, selected: boolean) =>
  `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;

/** A plain GET form: the URL can be shared or bookmarked, and it works without any script. */
function filters(categories: SkillCategory[], { query, category, sort }: CatalogQuery): string {
  return `<form class="filters" role="search" aria-label="Filter skills" method="get" action="/skills">
<div><label for="skill-search">Search by name or alias</label><input id="skill-search" name="q" type="search" value="${escapeHtml(query)}" placeholder="e.g. Postgres, .NET, JS"></div>
<div><label for="skill-category">Category</label><select id="skill-category" name="category">${option('', 'All categories', !category)}${categories.map((c) => option(c.id, c.name, c.id === category)).join('')}</select></div>
<div><label for="skill-sort">Sort by</label><select id="skill-sort" name="sort">${option('share', 'Share of postings', sort === 'share')}${option('name', 'Name (A–Z)', sort === 'name')}</select></div>
<button class="button button-primary" type="submit">Show skills</button></form>`;
}

/** The share of postings as text for everyone, and as a bar (0–100%) for the eye. */
function shareBar(skill: CatalogSkill): string {
  return `<p>Found in <strong>${escapeHtml(formatShare(skill.postingShare))}</strong> of postings<span class="sr-only"> that ask for ${escapeHtml(skill.name)}</span></p>
<div class="bar" aria-hidden="true"><span class="${shareClass(skill.postingShare)}"></span></div>`;
}

function skillCard(skill: CatalogSkill, category: SkillCategory | undefined, matchedAlias: string | undefined): string {
  const id = `skill-${escapeHtml(skill.id)}`;
  return `<li><article class="skill" aria-labelledby="${id}">
<header><h2 id="${id}">${escapeHtml(skill.name)}</h2>${category ? `<span class="chip">${escapeHtml(category.name)}</span>` : ''}</header>
${matchedAlias ? `<p class="matched">Matched “${escapeHtml(matchedAlias)}”</p>` : ''}
<p class="definition">${escapeHtml(skill.definition)}</p>
<dl class="facts"><div><dt class="sr-only">Typical experience asked</dt><dd>Typical ask: <strong>${escapeHtml(formatYearsRange(skill.typicalYears))}</strong></dd></div>
<div><dt class="sr-only">How common in postings</dt><dd>${shareBar(skill)}</dd></div></dl>
</article></li>`;
}

/** `/skills`: every skill of the role with its definition, typical ask and share; search, filter, sort. */
export function renderCatalogPage(catalog: RoleCatalog, filter: CatalogQuery): string {
  const { query, category } = filter;
  const skills = searchSkills(catalog.skills, filter);
  const categories = new Map(catalog.categories.map((c) => [c.id, c]));
  const filtered = Boolean(query || category);
  const summary = [
    skills.length === 1 ? '1 skill' : `${skills.length} skills`,
    filtered ? ' match' : '',
    query ? ` “${escapeHtml(query)}”` : '',
    category ? ` in ${escapeHtml(categories.get(category)!.name)}` : '',
    filtered ? ' · <a href="/skills">Clear filters</a>' : '',
  ].join('');
  const results = skills.length
    ? `<ul class="skills" aria-label="Skills">${skills
        .map((skill) => skillCard(skill, categories.get(skill.category), matchSkill(skill, query).alias))
        .join('')}</ul>`
    : `<p class="empty">No skill matches. Try another name, or add it as a custom skill in the builder.</p>`;
  const main = `<div class="wrap page">
<h1>${escapeHtml(catalog.title)} skill catalog</h1>
<p class="intro">The ${catalog.skills.length} skills employers most often ask for in ${escapeHtml(catalog.title)} postings, with the experience they typically ask for and how common each skill is. Figures from <cite>${escapeHtml(catalog.source.title)}</cite> (${escapeHtml(catalog.source.publisher)}).</p>
${filters(catalog.categories, filter)}
<p class="summary" role="status">${summary}</p>
${results}</div>`;
  return renderSiteDocument({
    title: `${catalog.title} skill catalog · Postwright`,
    description: `The ${catalog.skills.length} skills most asked for in ${catalog.title} postings: what each means, the experience employers typically ask and how common it is.`,
    path: '/skills',
    main,
    source: catalog.source,
  });
}
