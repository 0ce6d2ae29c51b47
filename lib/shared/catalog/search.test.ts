import { describe, expect, it } from 'vitest';
import { getRoleCatalog } from './index';
import { formatShare, formatYearsRange, matchSkill, normalizeSearchTerm, searchSkills } from './search';

const catalog = getRoleCatalog('back-end-developer')!;

describe('searchSkills', () => {
  it('finds a skill by an alias and says which alias matched', () => {
    const results = searchSkills(catalog.skills, { query: 'Postgres' });
    expect(results.map((s) => s.id)).toContain('postgresql');
    const postgres = catalog.skills.find((s) => s.id === 'postgresql')!;
    expect(matchSkill(postgres, 'psql').matched).toBe(matchSkill(postgres, 'psql').alias !== undefined);
  });

  it('ignores case and punctuation so ".NET" and "net" both find ASP.NET', () => {
    expect(searchSkills(catalog.skills, { query: '.NET' }).map((s) => s.id)).toContain('asp-net');
    expect(searchSkills(catalog.skills, { query: 'net' }).map((s) => s.id)).toContain('asp-net');
    expect(normalizeSearchTerm('ASP.NET Core')).toBe('aspnetcore');
  });

  it('filters by category', () => {
    const results = searchSkills(catalog.skills, { category: 'microsoft' });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((s) => s.category === 'microsoft')).toBe(true);
  });

  it('sorts by share of postings by default and by name on request', () => {
    const byShare = searchSkills(catalog.skills, {});
    expect(byShare[0]!.id).toBe('apis');
    for (let i = 1; i < byShare.length; i++) {
      expect(byShare[i - 1]!.postingShare).toBeGreaterThanOrEqual(byShare[i]!.postingShare);
    }
    const byName = searchSkills(catalog.skills, { sort: 'name' }).map((s) => s.name);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('returns nothing for a term no skill has', () => {
    expect(searchSkills(catalog.skills, { query: 'cobol' })).toEqual([]);
  });
});

describe('formatting', () => {
  it('writes ranges and shares the way the guide does', () => {
    expect(formatYearsRange({ min: 4, max: 5 })).toBe('4–5 years');
    expect(formatYearsRange({ min: 1, max: 1 })).toBe('1 year');
    expect(formatShare(46.8)).toBe('46.8%');
    expect(formatShare(14)).toBe('14%');
  });
});
