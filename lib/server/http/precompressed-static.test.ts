import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressedStatic } from './precompressed-static';

const script = 'console.log("a script of the build");'.repeat(50);
let server: Server;
let port: number;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'precompressed-'));
  mkdirSync(path.join(dir, 'chunks'));
  writeFileSync(path.join(dir, 'chunks', 'app-1a2b.js'), script);
  writeFileSync(path.join(dir, 'chunks', 'app-1a2b.js.br'), brotliCompressSync(script));
  writeFileSync(path.join(dir, 'secret.txt.br'), brotliCompressSync('not a script'));
  const serve = precompressedStatic(dir, { headers: { 'X-Content-Type-Options': 'nosniff' } });
  server = createServer((req, res) => {
    if (!serve(req, res)) res.writeHead(404, { 'x-left-to': 'next' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

// node:http rather than fetch: fetch decodes bodies itself and hides what was sent.
function get(urlPath: string, headers: Record<string, string>, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: urlPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('precompressedStatic', () => {
  it('sends the brotli copy to a browser that accepts brotli', async () => {
    const res = await get('/_next/static/chunks/app-1a2b.js?v=1', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('leaves the request to Next when brotli is not accepted, or refused with q=0', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip', '']) {
      const res = await get('/_next/static/chunks/app-1a2b.js', { 'accept-encoding': accept });
      expect(res.headers['x-left-to'], accept).toBe('next');
    }
  });

  it('answers HEAD with the headers only, and leaves other methods to Next', async () => {
    const head = await get('/_next/static/chunks/app-1a2b.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
    const post = await get('/_next/static/chunks/app-1a2b.js', { 'accept-encoding': 'br' }, 'POST');
    expect(post.headers['x-left-to']).toBe('next');
  });

  it('serves only scripts and stylesheets found in the build, whatever the path says', async () => {
    for (const urlPath of [
      '/_next/static/secret.txt',
      '/_next/static/chunks/../chunks/app-1a2b.js',
      '/_next/static/chunks/missing.js',
      '/chunks/app-1a2b.js',
    ]) {
      const res = await get(urlPath, { 'accept-encoding': 'br' });
      expect(res.headers['x-left-to'], urlPath).toBe('next');
    }
  });
});
