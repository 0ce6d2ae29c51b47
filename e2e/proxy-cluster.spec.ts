import { expect, test } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { exampleDraft, minimalDraft } from '../lib/shared/draft/example-draft';
import { createTestSchema, type TestSchema } from '../test/support/test-databases';
import { startReverseProxy, type ReverseProxy } from './support/reverse-proxy';
import { killServer, startServer } from './support/server-process';

// Two app instances on one PostgreSQL behind a real nginx: to a client they must be one service. Links
// name the address the client used, a rate limit counts across both instances and cannot be dodged by
// writing X-Forwarded-For, and a revocation on one instance is seen at once on the other.

const [portA, portB, proxyPort] = [3414, 3415, 3416];
const CREATE_LIMIT = 8;
let schema: TestSchema;
let servers: ChildProcess[] = [];
let proxy: ReverseProxy;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request from a chosen loopback address (127.0.0.x), so the test can be several clients. */
function send(
  port: number,
  method: string,
  path: string,
  { body, headers = {}, from = '127.0.0.1' }: { body?: unknown; headers?: Record<string, string>; from?: string } = {},
): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        localAddress: from,
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

test.describe('two instances behind nginx on one PostgreSQL', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    schema = await createTestSchema('cluster');
    const env = {
      DATABASE_URL: schema.url,
      POSTWRIGHT_TRUST_PROXY: 'true',
      POSTWRIGHT_TRUST_PROXY_HOPS: '1',
      POSTWRIGHT_PUBLIC_URL: '',
      POSTWRIGHT_RATE_LIMIT_CREATE: String(CREATE_LIMIT),
      POSTWRIGHT_RATE_LIMIT_WRITE: '1000',
    };
    // One after the other: both migrate the same schema (PostgreSQL's advisory lock would serialise them anyway).
    servers.push(await startServer(portA, env));
    servers.push(await startServer(portB, env));
    proxy = await startReverseProxy(proxyPort, [portA, portB]);
  });

  test.afterAll(async () => {
    await proxy?.stop();
    await Promise.all(servers.map((server) => killServer(server)));
    servers = [];
    await schema?.drop();
  });

  test('links name the address the client used, not the instance behind the proxy', async () => {
    const created = await send(proxyPort, 'POST', '/api/postings', {
      body: exampleDraft,
      from: '127.0.0.10',
      // A client's own X-Forwarded-Host is replaced by nginx with the Host it used.
      headers: { host: `jobs.example.test:${proxyPort}`, 'x-forwarded-host': 'evil.example' },
    });
    expect(created.status).toBe(201);
    const { id, editToken, viewUrl, editUrl } = JSON.parse(created.body);
    expect(viewUrl).toBe(`http://jobs.example.test:${proxyPort}/p/${id}`);
    expect(editUrl).toBe(`http://jobs.example.test:${proxyPort}/build#edit=${id}.${editToken}`);
    // The same through either instance: each builds links from the request, not from its own port.
    for (let i = 0; i < 2; i++) {
      const got = await send(proxyPort, 'GET', `/api/postings/${id}`, { headers: { host: 'postwright.example.org' } });
      expect(JSON.parse(got.body).viewUrl).toBe(`http://postwright.example.org/p/${id}`);
    }
    // The share page links its exports and canonical URL on the same origin.
    const page = await send(proxyPort, 'GET', `/p/${id}`, { headers: { host: 'postwright.example.org' } });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('localhost');
    expect(page.body).not.toContain(`:${portA}`);
    expect(page.body).not.toContain(`:${portB}`);
  });

  test('the create limit counts across both instances; a spoofed X-Forwarded-For does not reset it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < CREATE_LIMIT + 4; i++) {
      const res = await send(proxyPort, 'POST', '/api/postings', {
        body: minimalDraft,
        from: '127.0.0.20',
        // Every request claims another origin address: nginx appends the real one, which the app takes.
        headers: { 'x-forwarded-for': `198.51.100.${i}` },
      });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        expect(JSON.parse(res.body).error.code).toBe('rate_limited');
      }
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(CREATE_LIMIT);
    expect(statuses.slice(CREATE_LIMIT).every((s) => s === 429)).toBe(true);
    // Another client behind the same proxy is not affected.
    const other = await send(proxyPort, 'POST', '/api/postings', { body: minimalDraft, from: '127.0.0.21' });
    expect(other.status).toBe(201);
  });

  test('a revocation through one instance is seen at once through the other', async () => {
    const created = await send(proxyPort, 'POST', '/api/postings', { body: exampleDraft, from: '127.0.0.30' });
    expect(created.status).toBe(201);
    const { id, editToken } = JSON.parse(created.body);
    // Both instances serve it (and the share page is cached on each).
    for (const port of [portA, portB]) {
      expect((await send(port, 'GET', `/p/${id}`)).status).toBe(200);
      expect((await send(port, 'GET', `/api/postings/${id}`)).status).toBe(200);
    }
    const revoked = await send(portA, 'DELETE', `/api/postings/${id}`, {
      headers: { authorization: `Bearer ${editToken}` },
    });
    expect(revoked.status).toBe(204);
    for (const port of [portB, portA, proxyPort]) {
      expect((await send(port, 'GET', `/api/postings/${id}`)).status).toBe(410);
      expect((await send(port, 'GET', `/p/${id}`)).status).toBe(410);
      expect((await send(port, 'GET', `/api/postings/${id}/export?format=markdown`)).status).toBe(410);
    }
  });
});
