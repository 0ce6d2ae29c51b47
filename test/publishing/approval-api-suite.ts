import { describe, expect, it } from 'vitest';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { createPosting } from '../support/create-posting';
import { call, newClient } from '../support/route-client';
import type { CandidateRoutes } from './jobs-api-suite';
import { beforeAllRoutes } from '../support/suite-routes';

/** Approval before publishing (PATCH requireApproval, 409 not_approved, approved: false) through the routes. */
export function defineApprovalApiSuite(label: string, load: () => Promise<CandidateRoutes>) {
  describe(`approval before publishing (${label})`, () => {
    let r: CandidateRoutes;
    beforeAllRoutes(load, (routes) => (r = routes));

    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    const publish = (id: string, token: string) =>
      call(r.publish.POST, `/api/postings/${id}/publish`, {
        method: 'POST',
        params: { id },
        headers: auth(token),
        client: newClient(),
      });
    const setRequired = (id: string, token: string | undefined, body: unknown) =>
      call(r.posting.PATCH, `/api/postings/${id}`, {
        method: 'PATCH',
        params: { id },
        body,
        headers: token === undefined ? {} : auth(token),
        client: newClient(),
      });
    const read = (id: string, token?: string) =>
      call(r.posting.GET, `/api/postings/${id}`, { params: { id }, headers: token ? auth(token) : {} });
    const verdict = (id: string, token: string, version: number, v: 'approve' | 'changes', author: string) =>
      call(r.reviews.POST, `/api/postings/${id}/reviews`, {
        method: 'POST',
        params: { id },
        body: { version, verdict: v, author },
        headers: auth(token),
        client: newClient(),
      });
    const save = (id: string, token: string, version: number) =>
      call(r.posting.PUT, `/api/postings/${id}`, {
        method: 'PUT',
        params: { id },
        body: { ...exampleDraft, job: { ...exampleDraft.job, title: `Version ${version + 1}` } },
        headers: { ...auth(token), 'if-match': `"${version}"` },
        client: newClient(),
      });
    async function reviewer(id: string, editToken: string): Promise<string> {
      const link = await call(r.reviewLinks.POST, `/api/postings/${id}/review-links`, {
        method: 'POST',
        params: { id },
        headers: auth(editToken),
        client: newClient(),
      });
      expect(link.status).toBe(201);
      return link.body.reviewToken as string;
    }

    it('stores the setting with the edit token and shows it to the owner only', async () => {
      const { id, editToken } = await createPosting(r.postings.POST);
      expect((await read(id, editToken)).body).toMatchObject({ requireApproval: false, approval: {} });
      expect(await setRequired(id, editToken, { requireApproval: true })).toMatchObject({
        status: 200,
        body: { requireApproval: true },
      });
      expect((await read(id, editToken)).body.requireApproval).toBe(true);
      expect(await read(id)).not.toHaveProperty('body.requireApproval');

      expect((await setRequired(id, undefined, { requireApproval: false })).status).toBe(401);
      expect((await setRequired(id, 'x'.repeat(43), { requireApproval: false })).status).toBe(403);
      const bad = await setRequired(id, editToken, { requireApproval: 'yes' });
      expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
      expect((await setRequired(id, editToken, { requireApproval: true, other: 1 })).status).toBe(400);
      expect((await read(id, editToken)).body.requireApproval).toBe(true); // nothing changed by the refusals
      expect((await setRequired('AAAAAAAAAAAAAAAAAAAAAA', editToken, { requireApproval: true })).status).toBe(404);
    });

    it('with it, refuses to publish a version that is not the approved one (409 not_approved)', async () => {
      const { id, editToken } = await createPosting(r.postings.POST);
      await setRequired(id, editToken, { requireApproval: true });
      const reviewToken = await reviewer(id, editToken);

      const unreviewed = await publish(id, editToken);
      expect(unreviewed).toMatchObject({ status: 409, body: { error: { code: 'not_approved' } } });
      expect(unreviewed.body.error.message).toContain('Version 1 is not approved');

      expect((await verdict(id, reviewToken, 1, 'changes', 'Priya')).status).toBe(201);
      const changes = await publish(id, editToken);
      expect(changes.status).toBe(409);
      expect(changes.body.error.message).toContain('changes requested by Priya');
      expect((await read(id, editToken)).body).toMatchObject({
        publication: null,
        approval: { latestVerdict: { version: 1, verdict: 'changes', author: 'Priya' } },
      });

      expect((await verdict(id, reviewToken, 1, 'approve', 'Priya')).status).toBe(201);
      const ok = await publish(id, editToken);
      expect(ok).toMatchObject({ status: 200, body: { version: 1, approved: true, approvedVersion: 1 } });

      // A newer version is not approved by the approval of the old one: the page stays on version 1.
      expect((await save(id, editToken, 1)).status).toBe(200);
      expect((await publish(id, editToken)).status).toBe(409);
      expect((await read(id, editToken)).body).toMatchObject({ version: 2, publication: { version: 1 } });
    });

    it('without it, publishes an unapproved version and says approved: false, with the latest verdict', async () => {
      const { id, editToken } = await createPosting(r.postings.POST);
      const reviewToken = await reviewer(id, editToken);
      expect((await verdict(id, reviewToken, 1, 'changes', 'Priya')).status).toBe(201);
      const res = await publish(id, editToken);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        version: 1,
        approved: false,
        latestVerdict: { verdict: 'changes', author: 'Priya' },
      });
      expect(res.body).not.toHaveProperty('approvedVersion');

      // Turning the setting off again lets an unapproved version through.
      await setRequired(id, editToken, { requireApproval: true });
      expect((await save(id, editToken, 1)).status).toBe(200);
      expect((await publish(id, editToken)).status).toBe(409);
      await setRequired(id, editToken, { requireApproval: false });
      expect(await publish(id, editToken)).toMatchObject({ status: 200, body: { version: 2, approved: false } });
    });
  });
}
