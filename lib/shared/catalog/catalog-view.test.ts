import { describe, expect, it } from 'vitest';
import { catalogView } from './catalog-view';

describe('catalogView', () => {
  it('is the whole catalog by share of postings without a query (the prerendered /skills)', () => {
    const view = catalogView({});
    expect(view.filter).toEqual({ query: '', category: '', sort: 'share' });
    expect(view.results).toHaveLength(view.totalSkills);
    const shares = view.results.map((r) => r.skill.postingShare);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  it('is the same view for the form sent with empty fields', () => {
    expect(catalogView({ q: '', category: '', sort: '' })).toEqual(catalogView({}));
  });

  it('filters by an alias and names the alias that matched', () => {
    const view = catalogView({ q: 'Mongoose' });
    expect(view.results.map((r) => r.skill.name)).toEqual(['MongoDB']);
    expect(view.results[0]!.matchedAlias).toBe('Mongoose');
  });
});

describe('catalogView in another language', () => {
  it('is the German catalog for lang=de, same skills in the same order by share', () => {
    const english = catalogView({});
    const german = catalogView({ lang: 'de' });
    expect(english.language).toBe('en');
    expect(german.language).toBe('de');
    expect(german.roleTitle).toBe('Backend-Entwickler:in');
    expect(german.results.map((r) => r.skill.id)).toEqual(english.results.map((r) => r.skill.id));
    expect(german.categories.map((c) => c.name)).toContain('Datenbanken');
  });

  it('searches the translated names and the English ones, and sorts names in the language', () => {
    expect(catalogView({ lang: 'fr', q: 'débog' }).results.map((r) => r.skill.id)).toEqual(['debugging']);
    expect(catalogView({ lang: 'fr', q: 'Debugging' }).results.map((r) => r.skill.id)).toEqual(['debugging']);
    const names = catalogView({ lang: 'es', sort: 'name' }).results.map((r) => r.skill.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'es-ES', { sensitivity: 'base' })));
  });

  it('falls back to English for a language it does not have, as the other fields do', () => {
    expect(catalogView({ lang: 'xx' })).toEqual(catalogView({}));
    expect(catalogView({ lang: ['de', 'fr'] }).language).toBe('de');
  });
});
