import { describe, expect, it } from 'vitest';
import { getRoleCatalog } from '@/lib/shared/catalog';
import { catalogCredit } from './catalog-credit';

describe('catalogCredit', () => {
  it('names the same source as the catalog', () => {
    const source = getRoleCatalog('back-end-developer')!.source;
    expect(catalogCredit).toEqual({ title: source.title, publisher: source.publisher });
  });
});
