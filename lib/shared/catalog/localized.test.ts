import { describe, expect, it } from 'vitest';
import de from '../../../content/roles/i18n/back-end-developer/de.json';
import { LANGUAGES } from '../draft/draft-schema';
import { ContentError, getRoleCatalog, listRoleIds } from './index';
import { catalogIn, getLocalizedCatalog } from './localized';
import { searchSkills } from './search';
import { parseCatalogTranslation } from './translate';

const english = getRoleCatalog('back-end-developer')!;
const others = LANGUAGES.filter((l) => l !== 'en');

describe('the catalog in every language', () => {
  it.each(listRoleIds().flatMap((roleId) => others.map((language) => [roleId, language] as const)))(
    '%s in %s has every skill and category, with the English ids, figures and order',
    (roleId, language) => {
      const base = getRoleCatalog(roleId)!;
      const catalog = getLocalizedCatalog(roleId, language)!;
      expect(catalog.id).toBe(base.id);
      expect(catalog.source).toEqual(base.source);
      expect(catalog.categories.map((c) => c.id)).toEqual(base.categories.map((c) => c.id));
      const figures = (c: typeof base) =>
        c.skills.map(({ id, category, typicalYears, postingShare }) => ({ id, category, typicalYears, postingShare }));
      expect(figures(catalog)).toEqual(figures(base));
    },
  );

  it.each(others)('%s has its own words for every definition, category and the role title', (language) => {
    const catalog = getLocalizedCatalog('back-end-developer', language)!;
    expect(catalog.title).not.toBe(english.title);
    catalog.skills.forEach((skill, i) => expect(skill.definition).not.toBe(english.skills[i]!.definition));
    catalog.categories.forEach((category, i) => {
      expect(category.description).not.toBe(english.categories[i]!.description);
    });
  });

  it('keeps product names and translates the names of practices', () => {
    const german = getLocalizedCatalog('back-end-developer', 'de')!;
    const name = (id: string) => german.skills.find((s) => s.id === id)!.name;
    expect(name('postgresql')).toBe('PostgreSQL');
    expect(name('asp-net-core')).toBe('ASP.NET Core');
    expect(name('software-development')).toBe('Softwareentwicklung');
    expect(getLocalizedCatalog('back-end-developer', 'fr')!.skills.find((s) => s.id === 'unit-testing')!.name).toBe(
      'Tests unitaires',
    );
  });

  it('still finds a translated skill by its English name and by its aliases', () => {
    const german = getLocalizedCatalog('back-end-developer', 'de')!;
    expect(searchSkills(german.skills, { query: 'Unit testing' }).map((s) => s.id)).toEqual(['unit-testing']);
    expect(searchSkills(german.skills, { query: 'TDD' }).map((s) => s.id)).toEqual(['unit-testing']);
    expect(searchSkills(german.skills, { query: 'Softwareentw' }).map((s) => s.id)).toEqual(['software-development']);
  });

  it('is English for en, and undefined for an unknown role', () => {
    expect(getLocalizedCatalog('back-end-developer', 'en')).toBe(english);
    expect(getLocalizedCatalog('back-end-developer')).toBe(english);
    expect(getLocalizedCatalog('astronaut', 'de')).toBeUndefined();
    expect(catalogIn(english, 'nl')).toBe(getLocalizedCatalog('back-end-developer', 'nl'));
  });
});

describe('parseCatalogTranslation', () => {
  const copy = () => structuredClone(de) as { skills: Record<string, unknown>; categories: Record<string, unknown> };
  const problems = (raw: unknown) => {
    try {
      parseCatalogTranslation(raw, english, 'de.json');
    } catch (error) {
      if (error instanceof ContentError) return error.problems;
      throw error;
    }
    return [];
  };

  it('accepts the shipped file', () => {
    expect(problems(de)).toEqual([]);
  });

  it('names a skill that is missing', () => {
    const raw = copy();
    delete raw.skills['ssis'];
    expect(problems(raw)).toEqual(['skills "ssis": missing']);
  });

  it('names a category that is missing and an id the catalog does not have', () => {
    const raw = copy();
    delete raw.categories['data'];
    raw.skills['cobol'] = { name: 'COBOL', definition: 'Eine alte Sprache für Großrechner in Banken und Behörden.' };
    expect(problems(raw)).toEqual(['skills "cobol": not in the catalog', 'categories "data": missing']);
  });

  it('fails a skill without its name or definition', () => {
    const raw = copy();
    raw.skills['php'] = { definition: 'Eine serverseitige Skriptsprache, auf der ein großer Teil des Webs läuft.' };
    raw.skills['sql'] = { name: 'SQL' };
    const found = problems(raw);
    expect(found.some((p) => p.startsWith('skills.php.name'))).toBe(true);
    expect(found.some((p) => p.startsWith('skills.sql.definition'))).toBe(true);
  });
});
