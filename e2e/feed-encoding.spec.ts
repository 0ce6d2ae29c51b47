import { expect, test } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { exampleDraft } from '../lib/shared/draft/example-draft';
import { ownServer } from './support/server-process';

// The feeds through the production server, as a job board's crawler gets them: compressed once per version
// of the feed and handed through Next untouched (Next compresses answers itself, and once compressed a
// pre-gzipped feed a second time). Raw bytes over node:http, so nothing decodes behind the test's back.

const port = Number(process.env.E2E_FEEDS_PORT ?? 3417);
const base = `http://127.0.0.1:${port}`;
const FEEDS = ['/feeds/indeed.xml', '/feeds/linkedin.xml', '/sitemap.xml'];

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(pathname: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    httpRequest(`${base}${pathname}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

async function api(
  method: string,
  pathname: string,
  { body, headers = {} }: { body?: unknown; headers?: object } = {},
) {
  const res = await fetch(`${base}${pathname}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const draftTitled = (title: string) => ({ ...exampleDraft, job: { ...exampleDraft.job, title } });

const DECODE = { gzip: gunzipSync, br: brotliDecompressSync } as const;

/** The feed in each coding, checked to decode (once) to the same document; returns the XML and the ETags. */
async function feedInEveryCoding(pathname: string) {
  const plain = await get(pathname, { 'accept-encoding': 'identity' });
  expect(plain.status, pathname).toBe(200);
  expect(plain.headers['content-encoding'], pathname).toBeUndefined();
  expect(plain.headers['vary'], pathname).toContain('Accept-Encoding');
  const xml = plain.body.toString('utf8');
  expect(xml.startsWith('<?xml'), pathname).toBe(true);
  const etags: Record<string, string> = { identity: String(plain.headers.etag) };
  for (const coding of ['gzip', 'br'] as const) {
    const encoded = await get(pathname, { 'accept-encoding': coding });
    expect(encoded.status, `${pathname} ${coding}`).toBe(200);
    expect(encoded.headers['content-encoding'], `${pathname} ${coding}`).toBe(coding);
    expect(encoded.headers['x-postwright-content-encoding']).toBeUndefined();
    expect(encoded.headers['vary'], `${pathname} ${coding}`).toContain('Accept-Encoding');
    expect(encoded.body.byteLength).toBeLessThan(plain.body.byteLength);
    // Decoded once, it is the document itself: not a second layer of compression.
    expect(DECODE[coding](encoded.body).toString('utf8'), `${pathname} ${coding}`).toBe(xml);
    etags[coding] = String(encoded.headers.etag);
  }
  expect(new Set(Object.values(etags)).size, `${pathname}: one ETag per coding`).toBe(3);
  return { xml, etags };
}

test.describe('feeds, compressed once', () => {
  ownServer(port, 'feeds');

  test('decode to the same XML in gzip, br and identity, answer 304 until a published posting changes', async () => {
    const created = await api('POST', '/api/postings', { body: draftTitled('Feed Encoding Engineer') });
    expect(created.status).toBe(201);
    const { id, editToken } = created.body as { id: string; editToken: string };
    const auth = { authorization: `Bearer ${editToken}` };
    expect((await api('POST', `/api/postings/${id}/publish`, { headers: auth })).status).toBe(200);

    const before: Record<string, Awaited<ReturnType<typeof feedInEveryCoding>>> = {};
    for (const feed of FEEDS) before[feed] = await feedInEveryCoding(feed);
    expect(before['/feeds/indeed.xml']!.xml).toContain('Feed Encoding Engineer');
    expect(before['/feeds/linkedin.xml']!.xml).toContain('Feed Encoding Engineer');

    // Nothing changed: each coding's own ETag gets a bodiless 304 (and another coding's ETag does not).
    for (const feed of FEEDS) {
      for (const coding of ['identity', 'gzip', 'br']) {
        const etag = before[feed]!.etags[coding]!;
        const again = await get(feed, { 'accept-encoding': coding, 'if-none-match': etag });
        expect(again.status, `${feed} ${coding}`).toBe(304);
        expect(again.body.byteLength).toBe(0);
        expect(again.headers.etag).toBe(etag);
      }
      const otherCoding = await get(feed, { 'accept-encoding': 'br', 'if-none-match': before[feed]!.etags.gzip! });
      expect(otherCoding.status).toBe(200);
    }

    // A new version of the published posting, published: every feed changes, in every coding.
    const updated = await api('PUT', `/api/postings/${id}`, {
      body: draftTitled('Feed Encoding Engineer, Revised'),
      headers: { ...auth, 'if-match': '"1"' },
    });
    expect(updated.status).toBe(200);
    expect((await api('POST', `/api/postings/${id}/publish`, { headers: auth })).status).toBe(200);
    for (const feed of FEEDS) {
      const stale = await get(feed, { 'accept-encoding': 'gzip', 'if-none-match': before[feed]!.etags.gzip! });
      expect(stale.status, feed).toBe(200);
      const after = await feedInEveryCoding(feed);
      expect(after.etags.gzip, feed).not.toBe(before[feed]!.etags.gzip);
      // The sitemap names the job's page, not its title (its lastmod may still read the same day).
      if (feed !== '/sitemap.xml') expect(after.xml, feed).toContain('Feed Encoding Engineer, Revised');
    }
  });
});
