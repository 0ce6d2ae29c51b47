import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { LOGO_MAX_BYTES, LOGOS_PER_POSTING } from '../../lib/shared/publishing/logo-contract';
import { createPosting } from '../support/create-posting';
import { call, newClient, type Handler } from '../support/route-client';
import { beforeAllRoutes } from '../support/suite-routes';

export type LogoRoutes = {
  postings: typeof import('../../app/api/postings/route');
  posting: typeof import('../../app/api/postings/[id]/route');
  logo: typeof import('../../app/api/postings/[id]/logo/route');
  logoFile: typeof import('../../app/api/postings/[id]/logo/[file]/route');
};

export async function importLogoRoutes(): Promise<LogoRoutes> {
  return {
    postings: await import('../../app/api/postings/route'),
    posting: await import('../../app/api/postings/[id]/route'),
    logo: await import('../../app/api/postings/[id]/logo/route'),
    logoFile: await import('../../app/api/postings/[id]/logo/[file]/route'),
  };
}

const logoPng = (width: number, height: number, colour = '#0b3d2e') =>
  sharp({ create: { width, height, channels: 4, background: colour } })
    .png()
    .withMetadata({ exif: { IFD0: { Artist: 'EXIF-AUTHOR-NAME' } } })
    .toBuffer();

/** GET of a stored file through its route, as bytes. */
async function fetchFile(handler: Handler, path: string, headers: Record<string, string> = {}) {
  const [, , , id, , file] = path.split('/');
  const response = await handler(new Request(`http://postwright.test${path}`, { headers }), {
    params: Promise.resolve({ id, file }),
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** PUT /api/postings/{id}/logo and GET of the stored file, through the route handlers, on the store the env selects. */
export function defineLogoApiSuite(label: string, load: () => Promise<LogoRoutes>) {
  describe(`logo upload API (${label})`, () => {
    let r: LogoRoutes;
    beforeAllRoutes(load, (routes) => (r = routes));

    const upload = (id: string, body: Uint8Array, headers: Record<string, string> = {}) =>
      call(r.logo.PUT, `/api/postings/${id}/logo`, {
        method: 'PUT',
        rawBody: body as Uint8Array<ArrayBuffer>,
        params: { id },
        headers: { 'content-type': 'image/png', ...headers },
        client: newClient(),
      });
    const owner = (token: string) => ({ authorization: `Bearer ${token}` });

    it('stores a re-encoded copy (201), serves it immutable by its hash, and the draft may point to it', async () => {
      const created = await createPosting(r.postings.POST, exampleDraft);
      const res = await upload(created.id, await logoPng(900, 300), owner(created.editToken));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ contentType: 'image/png', width: 512, height: 171 });
      expect(res.body.logoUrl).toMatch(new RegExp(`^/api/postings/${created.id}/logo/[0-9a-f]{64}\\.png$`));
      expect(res.headers.get('location')).toBe(res.body.logoUrl);

      const file = await fetchFile(r.logoFile.GET, res.body.logoUrl);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/png');
      expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(file.bytes.byteLength).toBe(res.body.bytes);
      expect(file.bytes.toString('latin1')).not.toContain('EXIF-AUTHOR-NAME');
      const meta = await sharp(file.bytes).metadata();
      expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['png', 512, 171, undefined]);
      const etag = file.headers.get('etag')!;
      expect((await fetchFile(r.logoFile.GET, res.body.logoUrl, { 'if-none-match': etag })).status).toBe(304);

      // The same file again is the same logo (200), and the draft takes its path as company.logoUrl.
      const again = await upload(created.id, await logoPng(900, 300), owner(created.editToken));
      expect(again.status).toBe(200);
      expect(again.body.logoUrl).toBe(res.body.logoUrl);
      const saved = await call(r.posting.PUT, `/api/postings/${created.id}`, {
        method: 'PUT',
        body: { ...exampleDraft, company: { ...exampleDraft.company, logoUrl: res.body.logoUrl } },
        params: { id: created.id },
        headers: { ...owner(created.editToken), 'if-match': '"1"' },
        client: newClient(),
      });
      expect(saved.status).toBe(200);
      const elsewhere = await call(r.posting.PUT, `/api/postings/${created.id}`, {
        method: 'PUT',
        body: { ...exampleDraft, company: { ...exampleDraft.company, logoUrl: '/api/postings/x/logo/evil.svg' } },
        params: { id: created.id },
        headers: { ...owner(created.editToken), 'if-match': '"2"' },
        client: newClient(),
      });
      expect(elsewhere.status).toBe(400);
      expect(JSON.stringify(elsewhere.body)).toContain('company.logoUrl');
    });

    it('answers 401 without the token, 403 with another, 404 for no posting, 410 once revoked', async () => {
      const created = await createPosting(r.postings.POST, exampleDraft);
      const other = await createPosting(r.postings.POST, exampleDraft);
      const png = await logoPng(20, 20);
      expect((await upload(created.id, png)).status).toBe(401);
      expect((await upload(created.id, png, owner(other.editToken))).body.error.code).toBe('forbidden');
      expect((await upload('AAAAAAAAAAAAAAAAAAAAAA', png, owner(created.editToken))).status).toBe(404);
      const stored = await upload(created.id, png, owner(created.editToken));
      expect(stored.status).toBe(201);
      const revoked = await call(r.posting.DELETE, `/api/postings/${created.id}`, {
        method: 'DELETE',
        params: { id: created.id },
        headers: owner(created.editToken),
        client: newClient(),
      });
      expect(revoked.status).toBe(204);
      expect((await upload(created.id, png, owner(created.editToken))).status).toBe(410);
      expect((await fetchFile(r.logoFile.GET, stored.body.logoUrl)).status).toBe(410);
      expect((await fetchFile(r.logoFile.GET, `/api/postings/${other.id}/logo/${'0'.repeat(64)}.png`)).status).toBe(
        404,
      );
    });

    it('refuses what is not a logo: 413 too large, 415 SVG, 422 undecodable or too many pixels, 400 empty', async () => {
      const created = await createPosting(r.postings.POST, exampleDraft);
      const auth = owner(created.editToken);
      const tooLarge = await upload(created.id, Buffer.alloc(LOGO_MAX_BYTES + 1, 1), auth);
      expect([tooLarge.status, tooLarge.body.error.code]).toEqual([413, 'file_too_large']);
      const svg = await upload(
        created.id,
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'),
        {
          ...auth,
          'content-type': 'image/svg+xml',
        },
      );
      expect([svg.status, svg.body.error.code]).toEqual([415, 'unsupported_type']);
      const fake = await upload(created.id, Buffer.from('GIF89a<html><script>alert(1)</script></html>'), auth);
      expect([fake.status, fake.body.error.code]).toEqual([422, 'file_mismatch']);
      const huge = await sharp({ create: { width: 6000, height: 4100, channels: 3, background: '#fff' } })
        .png({ compressionLevel: 9 })
        .toBuffer();
      const pixels = await upload(created.id, huge, auth);
      expect([pixels.status, pixels.body.error.code]).toEqual([422, 'file_too_complex']);
      expect((await upload(created.id, new Uint8Array(), auth)).status).toBe(400);
    });

    it(`keeps the newest ${LOGOS_PER_POSTING} logos of a posting`, async () => {
      const created = await createPosting(r.postings.POST, exampleDraft);
      const urls: string[] = [];
      for (let i = 0; i <= LOGOS_PER_POSTING; i++) {
        const res = await upload(
          created.id,
          await logoPng(8, 8, `#0000${(16 + i).toString(16)}`),
          owner(created.editToken),
        );
        expect(res.status).toBe(201);
        urls.push(res.body.logoUrl);
      }
      expect((await fetchFile(r.logoFile.GET, urls[0]!)).status).toBe(404);
      expect((await fetchFile(r.logoFile.GET, urls[1]!)).status).toBe(200);
      expect((await fetchFile(r.logoFile.GET, urls.at(-1)!)).status).toBe(200);
    });
  });
}
