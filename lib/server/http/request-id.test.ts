import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRequestId, requestIdOf } from './request-id';

// A real server that does what server.mjs does first, and answers with the id the handler saw.
function serve(trustProxy: boolean): Server {
  return createServer((req, res) => {
    assignRequestId({ req, res }, trustProxy);
    res.end(JSON.stringify({ seen: req.headers['x-request-id'] }));
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('assignRequestId', () => {
  const direct = serve(false);
  const proxied = serve(true);
  let directUrl = '';
  let proxiedUrl = '';
  beforeAll(async () => {
    directUrl = await listen(direct);
    proxiedUrl = await listen(proxied);
  });
  afterAll(() => {
    direct.close();
    proxied.close();
  });

  it('gives each request a fresh id and sends it back as X-Request-Id', async () => {
    const [a, b] = await Promise.all([fetch(directUrl), fetch(directUrl)]);
    const idA = a.headers.get('x-request-id')!;
    expect(idA).toMatch(UUID);
    expect(b.headers.get('x-request-id')).not.toBe(idA);
    expect(await a.json()).toEqual({ seen: idA });
  });

  it("replaces a client's own X-Request-Id when no proxy is trusted", async () => {
    const res = await fetch(directUrl, { headers: { 'x-request-id': 'chosen-by-client' } });
    expect(res.headers.get('x-request-id')).toMatch(UUID);
    expect((await res.json()).seen).toBe(res.headers.get('x-request-id'));
  });

  it("honours a trusted proxy's X-Request-Id, but not one that could break a log line", async () => {
    const res = await fetch(proxiedUrl, { headers: { 'x-request-id': 'nginx-7f3a9c' } });
    expect(res.headers.get('x-request-id')).toBe('nginx-7f3a9c');
    expect(await res.json()).toEqual({ seen: 'nginx-7f3a9c' });
    for (const bad of ['a b', 'x'.repeat(129), '"quoted"']) {
      const replaced = await fetch(proxiedUrl, { headers: { 'x-request-id': bad } });
      expect(replaced.headers.get('x-request-id'), bad).toMatch(UUID);
    }
  });
});

describe('requestIdOf', () => {
  it('reads the id server.mjs put on the request', () => {
    expect(requestIdOf(new Request('http://x/', { headers: { 'x-request-id': 'r-9' } }))).toBe('r-9');
    expect(requestIdOf(new Request('http://x/'))).toBeUndefined();
  });
});
