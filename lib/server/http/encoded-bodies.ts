import '#server-only';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import Negotiator from 'negotiator';
import { createLru } from '../runtime/lru';
import { PRE_ENCODED_REQUEST_HEADER, PRE_ENCODED_RESPONSE_HEADER } from './pre-encoded';

// Large answers that stay the same for many requests (the job feeds: ~3 MB of XML with 1,000 jobs) are
// compressed once per version of the body, not once per request: Next's own compression gzips the whole body
// on every request (~50 ms for a feed). The compressed bytes are handed to Next as already encoded
// (./pre-encoded.ts says why that needs server.mjs's help).

export type ContentCoding = 'br' | 'gzip' | 'identity';

/** Best first: what we send when a client accepts several codings equally. */
const PREFERENCE: readonly ContentCoding[] = ['br', 'gzip', 'identity'];

// @types/negotiator (0.6) predates the `preferred` option of negotiator 1 (the order for a tie).
interface PreferringNegotiator {
  encoding(available: readonly string[], options: { preferred: readonly string[] }): string | undefined;
}

/**
 * The coding to answer in, for a request's Accept-Encoding (RFC 9110 §12.5.3), as `negotiator` (the library
 * behind Next's own compression) reads it: the acceptable one with the highest q, brotli before gzip before
 * none on a tie. Without the header: none. A client that refuses everything gets identity.
 */
export function negotiateContentCoding(acceptEncoding: string | null | undefined): ContentCoding {
  if (acceptEncoding === null || acceptEncoding === undefined) return 'identity';
  // Clients send a handful of distinct headers: each is read once, not on every request.
  const known = negotiated.get(acceptEncoding);
  if (known) return known;
  const coding = negotiate(acceptEncoding);
  negotiated.set(acceptEncoding, coding);
  return coding;
}

const negotiated = createLru<ContentCoding>(256);

function negotiate(acceptEncoding: string): ContentCoding {
  // x-gzip is gzip's old name (RFC 9110 §8.4.1.3), which negotiator does not know.
  const request = { headers: { 'accept-encoding': acceptEncoding.replace(/\bx-gzip\b/gi, 'gzip') } };
  const negotiator = new Negotiator(request) as unknown as PreferringNegotiator;
  return (negotiator.encoding(PREFERENCE, { preferred: PREFERENCE }) as ContentCoding | undefined) ?? 'identity';
}

/** A body as one array of bytes, or as chunks in order (a large document assembled piece by piece). */
export type BodyBytes = Uint8Array<ArrayBuffer> | readonly Uint8Array[];

const chunksOf = (body: BodyBytes): readonly Uint8Array[] => (body instanceof Uint8Array ? [body] : body);
const byteLengthOf = (body: BodyBytes) => chunksOf(body).reduce((sum, chunk) => sum + chunk.byteLength, 0);

// zlib's streams compress in libuv's thread pool: the event loop only hands chunks over and collects the
// output, so even a 12 MB feed never holds other requests up (its compression takes ~0.1–0.5 s of a pool thread).
const CHUNK_SIZE = 64 * 1024;
const compressors = {
  // Quality 5, not brotli's best (11): on a 2.9 MB feed 15 ms for 37 KB, against 880 ms for 33 KB.
  br: (byteLength: number) =>
    createBrotliCompress({
      chunkSize: CHUNK_SIZE,
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: byteLength },
    }),
  // zlib's default level: 7 ms for 57 KB on the same feed (level 9: 8 ms, 56 KB).
  gzip: () => createGzip({ level: 6, chunkSize: CHUNK_SIZE }),
};

async function compress(coding: Exclude<ContentCoding, 'identity'>, body: BodyBytes): Promise<Buffer> {
  const compressor = compressors[coding](byteLengthOf(body));
  const [, compressed] = await Promise.all([
    pipeline(Readable.from(chunksOf(body), { objectMode: false }), compressor),
    buffer(compressor),
  ]);
  return compressed;
}

export interface EncodedBodyCacheOptions {
  /** The compressed bodies kept, least recently used out first. */
  maxBytes: number;
}

/**
 * Compressed copies of bodies, each made once per (body version, coding), in zlib's thread pool (never on the
 * event loop), and kept within `maxBytes`; concurrent requests for a copy being made share that work.
 */
export function createEncodedBodyCache({ maxBytes }: EncodedBodyCacheOptions) {
  const kept = createLru<Uint8Array<ArrayBuffer>>(Infinity, { maxBytes, sizeOf: (bytes) => bytes.byteLength });
  const pending = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  return {
    /**
     * `body` in `coding`. `version` must name these exact bytes (a hash, or a key that changes with them): a
     * copy is found by it, never by comparing bodies.
     */
    async encode<Body extends BodyBytes>(
      version: string,
      coding: ContentCoding,
      body: Body,
    ): Promise<Body | Uint8Array<ArrayBuffer>> {
      if (coding === 'identity') return body;
      const key = `${coding}\u0000${version}`;
      const hit = kept.get(key);
      if (hit) return hit;
      let making = pending.get(key);
      if (!making) {
        making = compress(coding, body)
          .then((compressed) => {
            const bytes = new Uint8Array(compressed); // its own, exact-size buffer (zlib's may be larger)
            kept.set(key, bytes);
            return bytes;
          })
          .finally(() => pending.delete(key));
        pending.set(key, making);
      }
      return making;
    },
    get stats() {
      return { entries: kept.size, bytes: kept.bytes, pending: pending.size };
    },
  };
}

export type EncodedBodyCache = ReturnType<typeof createEncodedBodyCache>;

/** The ETag of one coding of a body: a strong validator names exact bytes, so each coding has its own. */
export function codingEtag(etag: string, coding: ContentCoding): string {
  return coding === 'identity' ? etag : `${etag.slice(0, -1)}-${coding}"`;
}

function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}

export interface EncodedAnswer {
  /** Names this body's bytes; changes whenever they do. */
  version: string;
  /** A quoted strong ETag of the identity bytes; each coding gets its own from it. */
  etag: string;
  /** The bytes, or how to make them: called only when a 200 is sent (a 304 needs no body). */
  body: BodyBytes | (() => BodyBytes);
  /** Content-Type, Cache-Control and the like, on the 200 and the 304. */
  headers: Record<string, string>;
}

/**
 * A 200 in the coding the client prefers (compressed once, from `cache`), or a bodiless 304 when the client
 * already holds these bytes in that coding. Either varies on Accept-Encoding. Outside server.mjs (no
 * PRE_ENCODED_REQUEST_HEADER) the body goes out as it is, for Next to compress as it does every answer.
 */
export async function encodedBodyResponse(
  request: Request,
  cache: EncodedBodyCache,
  { version, etag, body, headers }: EncodedAnswer,
): Promise<Response> {
  const coding = request.headers.has(PRE_ENCODED_REQUEST_HEADER)
    ? negotiateContentCoding(request.headers.get('accept-encoding'))
    : 'identity';
  const common = { ...headers, ETag: codingEtag(etag, coding), Vary: 'Accept-Encoding' };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), common.ETag)) {
    return new Response(null, { status: 304, headers: common });
  }
  const bytes = await cache.encode(version, coding, typeof body === 'function' ? body() : body);
  return new Response(bytes instanceof Uint8Array ? bytes : chunkStream(bytes), {
    status: 200,
    headers: coding === 'identity' ? common : { ...common, [PRE_ENCODED_RESPONSE_HEADER]: coding },
  });
}

/** Chunks as a response body, handed out one at a time as the connection takes them (never copied). */
function chunkStream(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < chunks.length) controller.enqueue(chunks[next++]!);
      if (next >= chunks.length) controller.close();
    },
  });
}
