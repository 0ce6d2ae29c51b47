import '#server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { createLru } from '../runtime/lru';
import { negotiateContentCoding, type ContentCoding } from '../http/encoded-bodies';

/** One page as it was sent once, in each coding (compressed when it was kept), and its validator. */
interface CachedPage {
  bodies: Record<ContentCoding, Buffer>;
  contentType: string;
  etag: string | undefined;
}

// As the feeds' copies (lib/server/http/encoded-bodies.ts): brotli 5 and gzip 6, well under a millisecond for a page.
const encode = (html: Buffer): Record<ContentCoding, Buffer> => ({
  identity: html,
  br: brotliCompressSync(html, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: html.length },
  }),
  gzip: gzipSync(html, { level: 6 }),
});

/** What the cache reads of a request: its method and headers. */
export type PageRequest = Pick<IncomingMessage, 'method' | 'headers'>;

/** What the cache writes to: Node's response (Next hands getServerSideProps the real one). */
export type PageResponse = Pick<
  ServerResponse,
  'statusCode' | 'setHeader' | 'getHeader' | 'write' | 'end' | 'headersSent' | 'once' | 'destroyed' | 'writableEnded'
>;

const asBuffer = (chunk: unknown, encoding?: unknown): Buffer | null => {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null;
  if (typeof chunk === 'string')
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  return chunk instanceof Uint8Array ? Buffer.from(chunk) : null;
};

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : value);

// `If-None-Match` is a list of entity tags, or `*` (RFC 9110 13.1.2); a weak comparison is what it asks for.
const weak = (tag: string) => tag.trim().replace(/^W\//, '');
const notModified = (request: PageRequest, etag: string | undefined) => {
  const tags = header(request.headers['if-none-match']);
  if (!etag || !tags) return false;
  return tags.trim() === '*' || tags.split(',').some((tag) => weak(tag) === weak(etag));
};

/**
 * Whole pages as HTML, by a key that names everything the page depends on (a posting's id and version, the
 * origin its links are built on). Rendering a page through React costs most of a request's time; a version
 * of a posting never changes, so its page is rendered once and sent as bytes after that. What may change
 * per request (revoked, expired, unpublished) is for the caller to check before asking the cache: only a
 * page the caller has just decided to show is ever served from here.
 *
 * `record` keeps what the framework writes for the request (only a whole 200 HTML answer to a GET);
 * `serve` answers a later request with it: the same body, type and entity tag (304 to a matching
 * `If-None-Match`), compressed once for all (brotli or gzip, as the client accepts). The caller sets the other headers (policy,
 * caching) on every request, as before. Bounded in entries and in bytes.
 *
 * `serveOrRecord` is `serve`, or else `record`, for a request that may find the same page's render under way
 * for another: it waits for that render (at most RENDER_WAIT_MS) and answers with what it kept, rather than
 * render it too. A hundred visitors arriving together at a page not yet kept (a share link just sent, a
 * server just started) made a hundred renders of it, and the last of them waited seconds.
 */
// However a render under way ends, no request waits for it longer than this before rendering itself.
const RENDER_WAIT_MS = 10_000;

export function createPageHtmlCache({ maxEntries = 500, maxBytes = 32 * 1024 * 1024 } = {}) {
  const pages = createLru<CachedPage>(maxEntries, {
    maxBytes,
    sizeOf: (page) => page.bodies.identity.length + page.bodies.br.length + page.bodies.gzip.length + 200,
  });

  // The renders being recorded, each settled once its response ends or closes (kept or not).
  const underWay = new Map<string, Promise<void>>();

  return {
    /** Answers the request with the kept page of `key`; false (nothing written) when there is none. */
    serve(key: string, request: PageRequest, response: PageResponse): boolean {
      const page = pages.get(key);
      if (!page) return false;
      response.setHeader('Content-Type', page.contentType);
      response.setHeader('Vary', 'Accept-Encoding');
      if (page.etag) response.setHeader('ETag', page.etag);
      if (notModified(request, page.etag)) {
        response.statusCode = 304;
        response.end();
        return true;
      }
      const coding = negotiateContentCoding(header(request.headers['accept-encoding']));
      const body = page.bodies[coding];
      // Already encoded: Next's compression (and server.mjs) pass it through untouched.
      if (coding !== 'identity') response.setHeader('Content-Encoding', coding);
      response.setHeader('Content-Length', body.length);
      response.statusCode = 200;
      response.end(request.method === 'HEAD' ? undefined : body);
      return true;
    },

    /** Keeps the page the framework is about to write to `response` as the page of `key`. */
    record(key: string, request: PageRequest, response: PageResponse): void {
      // A client already gone: nothing will be kept, and its close has already been heard.
      if (request.method !== 'GET' || response.destroyed || response.writableEnded) return;
      let settle!: () => void;
      const settled = new Promise<void>((resolve) => (settle = resolve));
      const done = () => {
        if (underWay.get(key) === settled) underWay.delete(key);
        settle();
      };
      if (!underWay.has(key)) underWay.set(key, settled);
      // A render that fails, or a client gone before the end, keeps nothing: whoever waited renders itself.
      response.once('close', done);
      const chunks: Buffer[] = [];
      const write = response.write;
      const end = response.end;
      response.write = function (this: PageResponse, chunk: unknown, ...rest: unknown[]) {
        const bytes = asBuffer(chunk, rest[0]);
        if (bytes) chunks.push(bytes);
        return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
      } as PageResponse['write'];
      response.end = function (this: PageResponse, chunk?: unknown, ...rest: unknown[]) {
        const bytes = asBuffer(chunk, rest[0]);
        if (bytes) chunks.push(bytes);
        const contentType = String(response.getHeader('Content-Type') ?? '');
        // A data request of the same page answers JSON, a conditional one 304 with no body: neither is the page.
        if (response.statusCode === 200 && contentType.startsWith('text/html') && chunks.length) {
          const etag = response.getHeader('ETag');
          pages.set(key, {
            bodies: encode(Buffer.concat(chunks)),
            contentType,
            etag: typeof etag === 'string' ? etag : undefined,
          });
        }
        done();
        return (end as (...args: unknown[]) => PageResponse).call(this, chunk, ...rest);
      } as PageResponse['end'];
    },

    /**
     * Answers the request with the kept page of `key` (true), waiting first for a render of it under way; or
     * keeps the page the framework is about to write for it (false). Checked and claimed in one step after
     * each wait: of those woken by a render that kept nothing, one renders and the others wait for it.
     */
    async serveOrRecord(key: string, request: PageRequest, response: PageResponse): Promise<boolean> {
      const deadline = Date.now() + RENDER_WAIT_MS;
      for (let other = underWay.get(key); !this.serve(key, request, response); other = underWay.get(key)) {
        if (!other || Date.now() >= deadline) {
          // The page for everyone, not a 304 for this client alone: a 304 keeps nothing for those waiting.
          delete request.headers['if-none-match'];
          this.record(key, request, response);
          return false;
        }
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([other, new Promise((resolve) => (timer = setTimeout(resolve, deadline - Date.now())))]);
        clearTimeout(timer);
      }
      return true;
    },

    get size() {
      return pages.size;
    },
  };
}
