import { describe, expect, it } from 'vitest';
import type { Draft } from '../../lib/shared/draft/draft-schema';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { createPosting } from '../support/create-posting';
import { call, newClient } from '../support/route-client';
import { beforeAllRoutes } from '../support/suite-routes';

export type TranslationRoutes = {
  postings: typeof import('../../app/api/postings/route');
  posting: typeof import('../../app/api/postings/[id]/route');
  translations: typeof import('../../app/api/postings/[id]/translations/route');
  publish: typeof import('../../app/api/postings/[id]/publish/route');
};

export async function importTranslationRoutes(): Promise<TranslationRoutes> {
  return {
    postings: await import('../../app/api/postings/route'),
    posting: await import('../../app/api/postings/[id]/route'),
    translations: await import('../../app/api/postings/[id]/translations/route'),
    publish: await import('../../app/api/postings/[id]/publish/route'),
  };
}

const germanDraft: Draft = {
  ...exampleDraft,
  language: 'de',
  job: {
    ...exampleDraft.job,
    title: 'Senior Backend-Entwickler (m/w/d)',
    summary: 'Wir bauen Dienste für Speditionen.',
  },
  compensation: { currency: 'EUR', min: 70000, max: 90000, period: 'YEAR' },
  apply: { url: 'https://acme.example/jobs/42', closingDate: '2027-06-30' },
};

/** Spec "Languages": POST /api/postings/{id}/translations and the group it makes, on whichever store the env selects. */
export function defineTranslationSuite(label: string, loadRoutes: () => Promise<TranslationRoutes>) {
  describe(`language versions (${label})`, () => {
    let r: TranslationRoutes;
    beforeAllRoutes(loadRoutes, (routes) => (r = routes));

    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    const translate = (id: string, body: unknown, headers: Record<string, string> = {}) =>
      call(r.translations.POST, `/api/postings/${id}/translations`, {
        method: 'POST',
        body,
        headers,
        params: { id },
        client: newClient(),
      });
    const get = (id: string, headers: Record<string, string> = {}) =>
      call(r.posting.GET, `/api/postings/${id}`, { params: { id }, headers });
    const put = (id: string, token: string, version: number, draft: unknown) =>
      call(r.posting.PUT, `/api/postings/${id}`, {
        method: 'PUT',
        body: draft,
        headers: { ...auth(token), 'if-match': `"${version}"` },
        params: { id },
        client: newClient(),
      });

    it('201: a posting of its own in the language, with the source text to translate, listed both ways', async () => {
      const source = await createPosting(r.postings.POST, germanDraft);
      const res = await translate(source.id, { language: 'en' }, auth(source.editToken));
      expect(res.status).toBe(201);
      const created = res.body;
      expect(created).toMatchObject({ version: 1 });
      expect(created.id).not.toBe(source.id);
      expect(created.editToken).not.toBe(source.editToken);
      expect(res.headers.get('location')).toBe(`/api/postings/${created.id}`);
      expect(created.editUrl).toBe(`http://postwright.test/build#edit=${created.id}.${created.editToken}`);

      const english = await get(created.id);
      expect(english.body.draft).toEqual({ ...germanDraft, language: 'en' });
      expect(english.body.translations).toEqual([{ language: 'de', id: source.id }]);
      expect((await get(source.id)).body.translations).toEqual([{ language: 'en', id: created.id }]);
    });

    it('a translation of a translation joins the same group; every member lists all the others', async () => {
      const source = await createPosting(r.postings.POST, germanDraft);
      const en = (await translate(source.id, { language: 'en' }, auth(source.editToken))).body;
      const fr = (await translate(en.id, { language: 'fr' }, auth(en.editToken))).body;
      expect((await get(source.id)).body.translations).toEqual([
        { language: 'en', id: en.id },
        { language: 'fr', id: fr.id },
      ]);
      expect((await get(fr.id)).body.translations).toEqual([
        { language: 'de', id: source.id },
        { language: 'en', id: en.id },
      ]);
      const lone = await createPosting(r.postings.POST, exampleDraft);
      expect((await get(lone.id)).body.translations).toEqual([]);
    });

    it('400 for a missing or unsupported language, naming the field', async () => {
      const source = await createPosting(r.postings.POST, germanDraft);
      for (const body of [{}, { language: 'it' }, { language: 7 }]) {
        const res = await translate(source.id, body, auth(source.editToken));
        expect(res.status).toBe(400);
        expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain('language');
      }
    });

    it('409 with the existing id for the source language and for a language the group has', async () => {
      const source = await createPosting(r.postings.POST, germanDraft);
      const same = await translate(source.id, { language: 'de' }, auth(source.editToken));
      expect(same.status).toBe(409);
      expect(same.body.error).toMatchObject({ code: 'language_taken', id: source.id });
      const en = (await translate(source.id, { language: 'en' }, auth(source.editToken))).body;
      const again = await translate(source.id, { language: 'en' }, auth(source.editToken));
      expect(again.status).toBe(409);
      expect(again.body.error).toMatchObject({ code: 'language_taken', id: en.id });
      expect(again.headers.get('location')).toBe(`/api/postings/${en.id}`);
      // Asked of the English version, German is its source's.
      const back = await translate(en.id, { language: 'de' }, auth(en.editToken));
      expect(back.body.error).toMatchObject({ code: 'language_taken', id: source.id });
    });

    it('two requests racing for one language: exactly one wins', async () => {
      const source = await createPosting(r.postings.POST, germanDraft);
      const both = await Promise.all(
        [1, 2].map(() => translate(source.id, { language: 'es' }, auth(source.editToken))),
      );
      expect(both.map((res) => res.status).sort()).toEqual([201, 409]);
      expect((await get(source.id)).body.translations).toHaveLength(1);
    });

    it('401, 403, 404 and 410 as the other edit-token endpoints; the source token does not edit the translation', async () => {
      const source = await createPosting(r.postings.POST, germanDraft);
      expect((await translate(source.id, { language: 'en' })).status).toBe(401);
      expect((await translate(source.id, { language: 'en' }, auth('not-the-token'))).status).toBe(403);
      expect((await translate('A'.repeat(22), { language: 'en' }, auth(source.editToken))).status).toBe(404);
      const en = (await translate(source.id, { language: 'en' }, auth(source.editToken))).body;
      expect((await put(en.id, source.editToken, 1, { ...germanDraft, language: 'en' })).status).toBe(403);
      const revoked = await createPosting(r.postings.POST, germanDraft);
      await call(r.posting.DELETE, `/api/postings/${revoked.id}`, {
        method: 'DELETE',
        headers: auth(revoked.editToken),
        params: { id: revoked.id },
        client: newClient(),
      });
      expect((await translate(revoked.id, { language: 'en' }, auth(revoked.editToken))).status).toBe(410);
    });

    it('a save on one version carries pay, location, skills and apply data to the others, never their text', async () => {
      const source = await createPosting(r.postings.POST, germanDraft);
      const en = (await translate(source.id, { language: 'en' }, auth(source.editToken))).body;
      const englishText: Draft = {
        ...germanDraft,
        language: 'en',
        job: { ...germanDraft.job, title: 'Senior Back End Developer', summary: 'We build services for carriers.' },
      };
      expect((await put(en.id, en.editToken, 1, englishText)).status).toBe(200);
      // The English save changed only text: the German version is untouched.
      expect((await get(source.id)).body.version).toBe(1);

      const raised: Draft = {
        ...germanDraft,
        job: { ...germanDraft.job, location: { city: 'Berlin', country: 'DE' } },
        compensation: { currency: 'EUR', min: 75000, max: 95000, period: 'YEAR' },
        skills: [...germanDraft.skills, { id: 'mongodb', level: 'preferred' }],
        apply: { email: 'jobs@acme.example', closingDate: '2027-07-31' },
      };
      expect((await put(source.id, source.editToken, 1, raised)).status).toBe(200);
      const followed = await get(en.id);
      expect(followed.body.version).toBe(3);
      expect(followed.body.draft).toEqual({
        ...englishText,
        job: { ...englishText.job, location: { city: 'Berlin', country: 'DE' } },
        compensation: raised.compensation,
        skills: raised.skills,
        apply: raised.apply,
      });
    });

    it("409 for a save that switches a version to another version's language; a free language is taken", async () => {
      const source = await createPosting(r.postings.POST, germanDraft);
      const en = (await translate(source.id, { language: 'en' }, auth(source.editToken))).body;
      const clash = await put(en.id, en.editToken, 1, germanDraft);
      expect(clash.status).toBe(409);
      expect(clash.body.error).toMatchObject({ code: 'language_taken', id: source.id });
      expect((await get(en.id)).body.version).toBe(1);
      expect((await put(en.id, en.editToken, 1, { ...germanDraft, language: 'nl' })).status).toBe(200);
      expect((await get(source.id)).body.translations).toEqual([{ language: 'nl', id: en.id }]);
    });

    it('revoking a version leaves the group and frees its language', async () => {
      const source = await createPosting(r.postings.POST, germanDraft);
      const en = (await translate(source.id, { language: 'en' }, auth(source.editToken))).body;
      await call(r.posting.DELETE, `/api/postings/${en.id}`, {
        method: 'DELETE',
        headers: auth(en.editToken),
        params: { id: en.id },
        client: newClient(),
      });
      expect((await get(source.id)).body.translations).toEqual([]);
      expect((await translate(source.id, { language: 'en' }, auth(source.editToken))).status).toBe(201);
    });

    it('a translation of a posting that needs approval needs its own approval before publishing', async () => {
      const source = await createPosting(r.postings.POST, germanDraft);
      await call(r.posting.PATCH, `/api/postings/${source.id}`, {
        method: 'PATCH',
        body: { requireApproval: true },
        headers: auth(source.editToken),
        params: { id: source.id },
        client: newClient(),
      });
      const en = (await translate(source.id, { language: 'en' }, auth(source.editToken))).body;
      expect((await get(en.id, auth(en.editToken))).body.requireApproval).toBe(true);
      const publish = await call(r.publish.POST, `/api/postings/${en.id}/publish`, {
        method: 'POST',
        headers: auth(en.editToken),
        params: { id: en.id },
        client: newClient(),
      });
      expect(publish.status).toBe(409);
      expect(publish.body.error.code).toBe('not_approved');
    });
  });
}
