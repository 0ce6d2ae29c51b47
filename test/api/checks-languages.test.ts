import { beforeAll, describe, expect, it } from 'vitest';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { englishAndGerman, expectLangRefused, LANG_ISSUE } from '../support/lang-query';
import { call, newClient } from '../support/route-client';

// POST /api/checks?lang=: the findings said in a posting language. Nothing is stored, so these answers are
// the same on SQLite and PostgreSQL.

let route: typeof import('../../app/api/checks/route');
const draft = {
  ...exampleDraft,
  job: { ...exampleDraft.job, summary: 'We want a Rockstar engineer to own our APIs.' },
};
const post = (query: string, body: unknown = draft) =>
  call(route.POST, `/api/checks${query}`, { method: 'POST', body, client: newClient() });

beforeAll(async () => {
  route = await import('../../app/api/checks/route');
});

describe('POST /api/checks?lang=', () => {
  it('answers in German with the English ids, severities and score, the writer’s word as typed', async () => {
    const { english, german } = await englishAndGerman((query) => post(query));
    const rockstar = (body: typeof german.body) =>
      body.findings.find((f: { id: string }) => f.id === 'exclusionary:term:rockstar');
    expect(rockstar(english.body).message).toBe('"Rockstar" is cliché wording.');
    expect(rockstar(german.body).message).toBe('„Rockstar“ ist eine Floskel.');
    expect(rockstar(german.body).fix).toEqual(rockstar(english.body).fix);
    const ids = (body: typeof german.body) =>
      body.findings.map((f: { id: string; severity: string }) => [f.id, f.severity]);
    expect(ids(german.body)).toEqual(ids(english.body));
    expect(german.body.score.total).toBe(english.body.score.total);
  });

  it.each([
    ['fr', 'est un cliché'],
    ['es', 'es un cliché'],
    ['nl', 'is een cliché'],
    ['en', 'is cliché wording'],
  ])('answers in %s', async (lang, words) => {
    const res = await post(`?lang=${lang}`);
    expect(res.status).toBe(200);
    expect(res.body.findings.find((f: { id: string }) => f.id === 'exclusionary:term:rockstar').message).toContain(
      words,
    );
  });

  it.each(['xx', 'DE', 'de-DE', ''])('400 invalid_request naming lang for lang=%j', async (lang) => {
    await expectLangRefused((query) => post(query), lang);
  });

  it('400 for lang given twice; a bad lang is refused before the draft is read', async () => {
    expect((await post('?lang=de&lang=fr')).status).toBe(400);
    const refused = await post('?lang=xx', { not: 'a draft' });
    expect(refused.body.error.issues).toEqual([LANG_ISSUE]);
  });
});
