import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  codingEtag,
  createEncodedBodyCache,
  encodedBodyResponse,
  negotiateContentCoding,
  type EncodedAnswer,
} from './encoded-bodies';
import { PRE_ENCODED_REQUEST_HEADER, PRE_ENCODED_RESPONSE_HEADER } from './pre-encoded';

const xml = (jobs: number) =>
  new TextEncoder().encode(
    `<?xml version="1.0" encoding="utf-8"?><source>${Array.from({ length: jobs }, (_, i) => `<job><title>Back End Developer ${i} – Zürich</title></job>`).join('')}</source>`,
  );

describe('negotiateContentCoding', () => {
  it.each([
    [null, 'identity'],
    ['', 'identity'],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['BR;Q=1, GZIP;Q=1', 'br'],
    ['x-gzip', 'gzip'],
    ['deflate', 'identity'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['gzip;q=0, br;q=0', 'identity'],
    ['identity;q=1, gzip;q=0.5', 'identity'],
    ['gzip;q=0.5', 'gzip'], // identity unnamed counts at the lowest q named: a tie, and gzip goes first
    ['gzip;q=oops', 'identity'],
    ['identity;q=0, *;q=0', 'identity'], // nothing acceptable: the plain body rather than a 406
  ] as const)('%j → %s', (header, coding) => {
    expect(negotiateContentCoding(header)).toBe(coding);
  });
});

describe('createEncodedBodyCache', () => {
  it('makes each coding once per version, shared by concurrent callers, and decodes to the same bytes', async () => {
    const cache = createEncodedBodyCache({ maxBytes: 1024 * 1024 });
    const body = xml(2000);
    const [gzipA, gzipB, br] = await Promise.all([
      cache.encode('v1', 'gzip', body),
      cache.encode('v1', 'gzip', body),
      cache.encode('v1', 'br', body),
    ]);
    expect(gzipB).toBe(gzipA);
    expect(await cache.encode('v1', 'gzip', body)).toBe(gzipA);
    expect(cache.stats).toMatchObject({ entries: 2, pending: 0, bytes: gzipA.byteLength + br.byteLength });
    expect(Buffer.compare(gunzipSync(gzipA), body)).toBe(0);
    expect(Buffer.compare(brotliDecompressSync(br), body)).toBe(0);
    expect(gzipA.byteLength).toBeLessThan(body.byteLength / 10);
    expect(await cache.encode('v1', 'identity', body)).toBe(body);
  });

  it('finds a copy by its version only: new bytes need a new version', async () => {
    const cache = createEncodedBodyCache({ maxBytes: 1024 * 1024 });
    const first = await cache.encode('v1', 'gzip', xml(10));
    expect(await cache.encode('v1', 'gzip', xml(20))).toBe(first);
    expect(gunzipSync(await cache.encode('v2', 'gzip', xml(20))).byteLength).toBe(xml(20).byteLength);
  });

  it('keeps at most maxBytes of copies, least recently used out first', async () => {
    const sample = await createEncodedBodyCache({ maxBytes: 1e6 }).encode('x', 'gzip', xml(500));
    const cache = createEncodedBodyCache({ maxBytes: sample.byteLength * 2.5 });
    const a = await cache.encode('a', 'gzip', xml(500));
    await cache.encode('b', 'gzip', xml(500));
    expect(await cache.encode('a', 'gzip', xml(500))).toBe(a); // b is now the oldest
    await cache.encode('c', 'gzip', xml(500));
    expect(cache.stats.entries).toBe(2);
    expect(cache.stats.bytes).toBeLessThanOrEqual(sample.byteLength * 2.5);
    expect(await cache.encode('a', 'gzip', xml(500))).toBe(a);
  });

  it('does not keep a failed compression', async () => {
    const cache = createEncodedBodyCache({ maxBytes: 1e6 });
    await expect(cache.encode('v', 'gzip', {} as never)).rejects.toThrow();
    expect(cache.stats).toEqual({ entries: 0, bytes: 0, pending: 0 });
  });
});

describe('encodedBodyResponse', () => {
  const body = xml(300);
  const answer: EncodedAnswer = {
    version: 'doc-1',
    etag: '"doc-1"',
    body,
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, no-cache' },
  };
  const get = (headers: Record<string, string>) => new Request('http://postwright.test/feeds/indeed.xml', { headers });
  const viaServer = { [PRE_ENCODED_REQUEST_HEADER]: '1' };

  it('answers in the preferred coding, named for server.mjs, with its own ETag and Vary', async () => {
    const cache = createEncodedBodyCache({ maxBytes: 1e6 });
    const res = await encodedBodyResponse(get({ ...viaServer, 'accept-encoding': 'gzip, br' }), cache, answer);
    expect(res.status).toBe(200);
    expect(res.headers.get(PRE_ENCODED_RESPONSE_HEADER)).toBe('br');
    expect(res.headers.get('etag')).toBe('"doc-1-br"');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(Buffer.compare(brotliDecompressSync(Buffer.from(await res.arrayBuffer())), body)).toBe(0);
  });

  it('answers plain bytes to a client that takes no coding, and wherever server.mjs is not in front', async () => {
    const cache = createEncodedBodyCache({ maxBytes: 1e6 });
    for (const headers of [viaServer, { 'accept-encoding': 'gzip, br' }]) {
      const res = await encodedBodyResponse(get(headers), cache, answer);
      expect(res.headers.get(PRE_ENCODED_RESPONSE_HEADER)).toBeNull();
      expect(res.headers.get('etag')).toBe('"doc-1"');
      expect(Buffer.compare(Buffer.from(await res.arrayBuffer()), body)).toBe(0);
    }
    expect(cache.stats.entries).toBe(0);
  });

  it('takes a body in chunks: compressed as the joined bytes, sent plain as the chunks in order', async () => {
    const cache = createEncodedBodyCache({ maxBytes: 1e6 });
    const chunks = [body.subarray(0, 1000), body.subarray(1000, 70_000), body.subarray(70_000)];
    const chunked = { ...answer, version: 'doc-chunked', body: chunks };
    const gzip = await encodedBodyResponse(get({ ...viaServer, 'accept-encoding': 'gzip' }), cache, chunked);
    expect(gzip.headers.get(PRE_ENCODED_RESPONSE_HEADER)).toBe('gzip');
    expect(Buffer.compare(gunzipSync(Buffer.from(await gzip.arrayBuffer())), body)).toBe(0);
    const plain = await encodedBodyResponse(get(viaServer), cache, chunked);
    expect(Buffer.compare(Buffer.from(await plain.arrayBuffer()), body)).toBe(0);
  });

  it('answers 304 to the ETag of the same coding only (weak or strong, or *)', async () => {
    const cache = createEncodedBodyCache({ maxBytes: 1e6 });
    const gzip = { ...viaServer, 'accept-encoding': 'gzip' };
    const gzipTag = codingEtag(answer.etag, 'gzip');
    for (const tag of [gzipTag, `W/${gzipTag}`, `"other", ${gzipTag}`, '*']) {
      const res = await encodedBodyResponse(get({ ...gzip, 'if-none-match': tag }), cache, answer);
      expect(res.status).toBe(304);
      expect(res.headers.get('etag')).toBe(gzipTag);
      expect(res.headers.get(PRE_ENCODED_RESPONSE_HEADER)).toBeNull();
      expect(await res.text()).toBe('');
    }
    // Another coding's bytes are another representation: the client gets these in full.
    const other = await encodedBodyResponse(get({ ...gzip, 'if-none-match': answer.etag }), cache, answer);
    expect(other.status).toBe(200);
    expect(cache.stats.entries).toBe(1);
  });

  it('makes a body given as a function only for a 200, never for a 304', async () => {
    const cache = createEncodedBodyCache({ maxBytes: 1e6 });
    let built = 0;
    const lazy: EncodedAnswer = { ...answer, body: () => (built++, body) };
    const revalidated = await encodedBodyResponse(get({ 'if-none-match': answer.etag }), cache, lazy);
    expect(revalidated.status).toBe(304);
    expect(built).toBe(0);
    const full = await encodedBodyResponse(get({}), cache, lazy);
    expect(full.status).toBe(200);
    expect(new Uint8Array(await full.arrayBuffer())).toEqual(body);
    expect(built).toBe(1);
  });
});
