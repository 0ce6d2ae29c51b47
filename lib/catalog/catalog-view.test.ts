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
