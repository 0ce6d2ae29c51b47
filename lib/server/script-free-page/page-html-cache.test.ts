import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createPageHtmlCache } from './page-html-cache';

type Cache = ReturnType<typeof createPageHtmlCache>;
interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

const servers: { close(): void }[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/**
 * A server that does what a page's getServerSideProps and then Next do: serve from the cache, or record and
 * render (counting renders). `render` writes the answer as Next would.
 */
async function pageServer(cache: Cache, render: (res: ServerResponse) => void) {
  let renders = 0;
  const server = createServer(async (req, res) => {
    const key = new URL(req.url!, 'http://x').pathname;
    if (await cache.serveOrRecord(key, req, res)) return;
    renders += 1;
    render(res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<Answer>((resolve, reject) => {
      const req = httpRequest({ port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  return { get, renders: () => renders };
}

const html = '<!DOCTYPE html><html><body><h1>Back End Developer at Acme – “quoted”</h1></body></html>';

// As Next's sendRenderResult: type, entity tag, then the body in one or more writes.
const renderHtml = (res: ServerResponse) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('ETag', '"abc123"');
  res.write(html.slice(0, 20));
  res.end(html.slice(20));
};

describe('whole-page HTML cache', () => {
  it('leaves no render under way for a client already gone, whose close nobody would hear again', () => {
    const cache = createPageHtmlCache();
    const gone = { destroyed: true, writableEnded: false, once: () => gone } as unknown as ServerResponse;
    cache.record('/p/gone', { method: 'GET', headers: {} }, gone);
    // Were a render of it left under way, this request would wait for it for 10 s instead of rendering.
    const next = { destroyed: false, writableEnded: false, once: () => next } as unknown as ServerResponse;
    const answered = cache.serveOrRecord('/p/gone', { method: 'GET', headers: {} }, next);
    return expect(
      Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 1000, 'waited'))]),
    ).resolves.toBe(false);
  });

  it('renders a page once for requests that arrive together, which wait for that render', async () => {
    const slowRender = (res: ServerResponse) => setTimeout(() => renderHtml(res), 50);
    const { get, renders } = await pageServer(createPageHtmlCache(), slowRender);
    const answers = await Promise.all(Array.from({ length: 10 }, () => get('/p/together')));
    expect(renders()).toBe(1);
    expect(new Set(answers.map((answer) => `${answer.status} ${answer.body.toString()}`))).toEqual(
      new Set([`200 ${html}`]),
    );
  });

  it('lets one of the waiting requests render again when the render they waited for kept nothing', async () => {
    let failures = 1;
    const { get, renders } = await pageServer(createPageHtmlCache(), (res) =>
      setTimeout(() => {
        if (failures-- > 0) {
          res.statusCode = 500;
          res.end('failed');
        } else renderHtml(res);
      }, 50),
    );
    const answers = await Promise.all(Array.from({ length: 5 }, () => get('/p/fails-once')));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 500]);
    expect(renders()).toBe(2); // of the four who waited, one renders again and three are answered with it
    expect((await get('/p/fails-once')).body.toString()).toBe(html);
  });

  it('renders a page once, then answers with the same bytes, type and entity tag', async () => {
    const { get, renders } = await pageServer(createPageHtmlCache(), renderHtml);
    const first = await get('/p/1');
    const second = await get('/p/1');
    expect(renders()).toBe(1);
    expect(second.status).toBe(200);
    expect(second.body.toString()).toBe(html);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.headers.etag).toBe('"abc123"');
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength(html)));
  });

  it('keeps one page per key', async () => {
    const { get, renders } = await pageServer(createPageHtmlCache(), renderHtml);
    await get('/p/1');
    await get('/p/2');
    await get('/p/1');
    expect(renders()).toBe(2);
  });

  it('answers 304 to a matching If-None-Match, and the page to another', async () => {
    const { get } = await pageServer(createPageHtmlCache(), renderHtml);
    await get('/p/1');
    const fresh = await get('/p/1', { 'if-none-match': 'W/"old", "abc123"' });
    expect(fresh.status).toBe(304);
    expect(fresh.body.length).toBe(0);
    expect((await get('/p/1', { 'if-none-match': '"old"' })).status).toBe(200);
  });

  it('sends the brotli or gzip copy made once to a client that accepts it', async () => {
    const { get } = await pageServer(createPageHtmlCache(), renderHtml);
    await get('/p/1');
    const br = await get('/p/1', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    expect((await get('/p/1', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
  });

  it('keeps nothing but a whole 200 HTML answer to a GET', async () => {
    const json = (res: ServerResponse) => {
      res.setHeader('Content-Type', 'application/json');
      res.end('{"pageProps":{}}');
    };
    const notFound = (res: ServerResponse) => {
      res.statusCode = 404;
      renderHtml(res);
    };
    for (const render of [json, notFound]) {
      const { get, renders } = await pageServer(createPageHtmlCache(), render);
      await get('/p/1');
      await get('/p/1');
      expect(renders()).toBe(2);
    }
    const { get, renders } = await pageServer(createPageHtmlCache(), renderHtml);
    await get('/p/1', {}, 'HEAD');
    await get('/p/1');
    expect(renders()).toBe(2);
  });

  it('is bounded in entries', async () => {
    const cache = createPageHtmlCache({ maxEntries: 2 });
    const { get, renders } = await pageServer(cache, renderHtml);
    for (const path of ['/p/1', '/p/2', '/p/3', '/p/1']) await get(path);
    expect(cache.size).toBe(2);
    expect(renders()).toBe(4);
  });
});
