import { beforeAll, describe, expect, it } from 'vitest';
import { englishAndGerman, expectLangRefused } from '../support/lang-query';
import { call } from '../support/route-client';

// GET /api/catalog/{roleId}?lang=: the catalog in a posting language. The catalog is content shipped with
// the build, not stored, so these answers are the same on SQLite and PostgreSQL.

let route: typeof import('../../app/api/catalog/[roleId]/route');
const get = (query: string, roleId = 'back-end-developer') =>
  call(route.GET, `/api/catalog/${roleId}${query}`, { params: { roleId } });

beforeAll(async () => {
  route = await import('../../app/api/catalog/[roleId]/route');
});

describe('GET /api/catalog/{roleId}?lang=', () => {
  it('answers in German with the English ids, figures and order', async () => {
    const { english, german } = await englishAndGerman((query) => get(query));
    expect(german.body.title).toBe('Backend-Entwickler:in');
    const figures = (body: typeof english.body) =>
      body.skills.map((s: Record<string, unknown>) => [s.id, s.category, s.typicalYears, s.postingShare]);
    expect(figures(german.body)).toEqual(figures(english.body));
    const skill = (body: typeof english.body, id: string) => body.skills.find((s: { id: string }) => s.id === id);
    expect(skill(german.body, 'unit-testing')).toMatchObject({ name: 'Unit-Tests', postingShare: 6.6 });
    expect(skill(german.body, 'unit-testing').definition).toMatch(/automatisierte Tests/);
    expect(german.body.categories.find((c: { id: string }) => c.id === 'data').name).toBe('Datenbanken');
  });

  it.each([
    ['fr', 'debugging', 'Débogage'],
    ['es', 'debugging', 'Depuración'],
    ['nl', 'debugging', 'Debuggen'],
    ['en', 'debugging', 'Debugging'],
  ])('answers in %s', async (lang, id, name) => {
    const res = await get(`?lang=${lang}`);
    expect(res.status).toBe(200);
    expect(res.body.skills.find((s: { id: string }) => s.id === id).name).toBe(name);
  });

  it.each(['xx', 'DE', 'de-DE', ''])('400 invalid_request naming lang for lang=%j', async (lang) => {
    const res = await expectLangRefused((query) => get(query), lang);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('400 for lang given twice, 404 for an unknown role in any language', async () => {
    expect((await get('?lang=de&lang=fr')).status).toBe(400);
    expect((await get('?lang=de', 'chef')).status).toBe(404);
  });
});
