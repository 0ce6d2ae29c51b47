import { describe, expect, it } from 'vitest';
import type { SharedPostingRecord } from './browser-storage';
import { groupLanguageVersions } from './language-groups';

const record = (id: string, language?: string, languageVersions?: string[]): SharedPostingRecord => ({
  id,
  editToken: `token-${id}`,
  version: 1,
  viewUrl: `https://x.example/p/${id}`,
  editUrl: `https://x.example/build#edit=${id}.token`,
  title: id,
  company: 'Acme',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...(language ? { language } : {}),
  ...(languageVersions ? { languageVersions } : {}),
});

const ids = (groups: SharedPostingRecord[][]) => groups.map((g) => g.map((r) => r.id));

describe('groupLanguageVersions', () => {
  it('puts the language versions of one posting together, in language order, where its newest stands', () => {
    const list = [
      record('en-1', 'en', ['de-1']),
      record('lone', 'en'),
      record('de-1', 'de', ['en-1', 'fr-1']),
      record('fr-1', 'fr'),
    ];
    expect(ids(groupLanguageVersions(list))).toEqual([['de-1', 'en-1', 'fr-1'], ['lone']]);
  });

  it('groups through a version this browser does not hold, and leaves records without versions alone', () => {
    const list = [record('a', 'en', ['elsewhere']), record('b'), record('c', 'fr', ['elsewhere'])];
    expect(ids(groupLanguageVersions(list))).toEqual([['a', 'c'], ['b']]);
    expect(ids(groupLanguageVersions([]))).toEqual([]);
  });
});
