import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_ID, getRoleCatalog } from '.';
import { parseCatalogQuery } from './catalog-query';

const catalog = getRoleCatalog(DEFAULT_ROLE_ID)!;

describe('catalog query from the URL', () => {
  it('keeps known filters and trims the search', () => {
    const category = catalog.categories[0]!.id;
    expect(parseCatalogQuery({ q: '  Postgres ', category, sort: 'name' }, catalog)).toEqual({
      query: 'Postgres',
      category,
      sort: 'name',
    });
  });

  it('ignores unknown filters, repeated parameters beyond the first, and overlong searches', () => {
    expect(parseCatalogQuery({ category: 'nope', sort: 'evil' }, catalog)).toEqual({
      query: '',
      category: '',
      sort: 'share',
    });
    expect(parseCatalogQuery({ q: ['js', 'go'], sort: ['name', 'share'] }, catalog)).toMatchObject({
      query: 'js',
      sort: 'name',
    });
    expect(parseCatalogQuery({ q: 'x'.repeat(500) }, catalog).query).toHaveLength(100);
  });
});
