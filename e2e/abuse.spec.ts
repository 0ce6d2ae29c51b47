import { expect, test } from '@playwright/test';
import { connect, type Socket } from 'node:net';
import { exampleDraft } from '../lib/shared/draft/example-draft';
import { rawRequest } from './support/raw-request';
import { ownServer, serverLog } from './support/server-process';

const port = Number(process.env.E2E_ABUSE_PORT ?? 3413);
const base = `http://127.0.0.1:${port}`;
const WRITE_LIMIT = 6;

test.describe('abuse', () => {
  const server = ownServer(port, 'abuse', {
    POSTWRIGHT_RATE_LIMIT_CREATE: '20',
    POSTWRIGHT_RATE_LIMIT_WRITE: String(WRITE_LIMIT),
    // Behind a (pretend) proxy, so the test can speak as several clients.
    POSTWRIGHT_TRUST_PROXY: 'true',
  });

  test('a burst hits the rate limit (429 + Retry-After) while other clients are still served', async () => {
    const body = JSON.stringify(exampleDraft);
    const burst = Array.from({ length: 200 }, () =>
      fetch(`${base}/api/postings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
        body,
      }).then(async (res) => ({
        status: res.status,
        retryAfter: res.headers.get('retry-after'),
        text: await res.text(),
      })),
    );
    // How fast they are served under load is the bench's to measure (load, previewWhilePdfs), not a test's.
    const other = await fetch(`${base}/api/postings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
      body,
    });
    const results = await Promise.all(burst);
    expect(other.status).toBe(201);
    expect(results.filter((r) => r.status === 201)).toHaveLength(20);
    const limited = results.filter((r) => r.status === 429);
    expect(limited).toHaveLength(180);
    expect(limited.every((r) => Number(r.retryAfter) > 0)).toBe(true);
    expect(JSON.parse(limited[0]!.text).error.code).toBe('rate_limited');
    // A spoofed X-Forwarded-For cannot reset the limit without a trusted proxy: see server.mjs.
  });

  test("a reviewer's writes count against one budget, through the review page's forms and the API alike", async () => {
    // Next builds pages and API routes into separate bundles; each once held its own counts.
    const client = { 'x-forwarded-for': '203.0.113.60' };
    const created = await fetch(`${base}/api/postings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...client },
      body: JSON.stringify(exampleDraft),
    });
    const { id, editToken } = (await created.json()) as { id: string; editToken: string };
    const link = await fetch(`${base}/api/postings/${id}/review-links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editToken}`, ...client },
    });
    expect(link.status).toBe(201);
    const { reviewToken } = (await link.json()) as { reviewToken: string };
    const comment = (i: number) => ({ version: 1, section: 'summary', body: `Comment ${i}`, author: 'Sam' });
    const viaApi = (i: number) =>
      fetch(`${base}/api/postings/${id}/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${reviewToken}`, ...client },
        body: JSON.stringify(comment(i)),
      });
    const viaForm = (i: number) =>
      fetch(`${base}/review/${id}/${reviewToken}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...client },
        body: new URLSearchParams({ form: 'comment', ...comment(i), version: '1' }).toString(),
      });

    // The review link was write 1; writes 2 to 6 alternate between the API and the form.
    const statuses = [];
    for (let i = 2; i <= WRITE_LIMIT; i++) statuses.push((await (i % 2 ? viaForm(i) : viaApi(i))).status);
    expect(statuses).toEqual([201, 303, 201, 303, 201]);
    // The budget is spent: on both ways in.
    expect((await viaForm(7)).status).toBe(429);
    expect((await viaApi(8)).status).toBe(429);
  });

  test('a 10 MB body is refused with 413 before it has been sent', async () => {
    for (const declareLength of [true, false]) {
      const outcome = await new Promise<{ status: string; sentBytes: number }>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        let sent = 0;
        let response = '';
        const total = 10 * 1024 * 1024;
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        socket.on('connect', () => {
          socket.write(
            `POST /api/postings HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Forwarded-For: 192.0.2.${declareLength ? 1 : 2}\r\n` +
              (declareLength ? `Content-Length: ${total}\r\n` : 'Transfer-Encoding: chunked\r\n') +
              'Connection: close\r\n\r\n',
          );
          const pump = () => {
            if (response || sent >= total || socket.destroyed) return;
            const data = declareLength
              ? chunk
              : Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
            sent += chunk.length;
            if (socket.write(data)) setTimeout(pump, 2);
            else socket.once('drain', () => setTimeout(pump, 2));
          };
          pump();
        });
        socket.on('data', (data) => {
          response += String(data);
          if (response.includes('\r\n')) {
            resolve({ status: response.split('\r\n')[0]!, sentBytes: sent });
            socket.destroy();
          }
        });
        socket.on('error', (error) => (response ? undefined : reject(error)));
        setTimeout(() => reject(new Error(`no answer after sending ${sent} bytes`)), 30_000);
      });
      expect(outcome.status).toMatch(/^HTTP\/1\.1 413/);
      // Refused early: the answer came long before the 10 MB were sent.
      expect(outcome.sentBytes).toBeLessThan(3 * 1024 * 1024);
    }
  });

  test('slow clients do not hold the server: others are served, and the slow ones are cut off', async () => {
    const slow: Socket[] = [];
    const started: Promise<void>[] = [];
    const answers: Promise<string>[] = [];
    let closedCount = 0;
    for (let i = 0; i < 100; i++) {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => {});
      let answer = '';
      socket.on('data', (chunk) => (answer += String(chunk)));
      answers.push(
        new Promise((resolve) =>
          socket.on('close', () => {
            closedCount += 1;
            resolve(answer);
          }),
        ),
      );
      started.push(
        new Promise((resolve) =>
          socket.on('connect', () =>
            socket.write('GET /skills HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', () => resolve()),
          ),
        ),
      );
      slow.push(socket);
    }
    // Keep dribbling header bytes, as a slowloris client does.
    const drip = setInterval(() => slow.forEach((s) => !s.destroyed && s.write('a')), 1_000);
    try {
      await Promise.all(started);
      const res = await fetch(`${base}/skills`);
      expect(res.status).toBe(200);
      // Served while every slow client still held its connection.
      expect(closedCount).toBe(0);
      // Then the server cuts each one off (headersTimeout, server.mjs) with a 408, not the client hanging up;
      // how soon is the server's setting, and the test's timeout bounds the wait.
      const cutOff = await Promise.all(answers);
      expect(cutOff.every((text) => text.startsWith('HTTP/1.1 408'))).toBe(true);
    } finally {
      clearInterval(drip);
      slow.forEach((s) => s.destroy());
    }
  });

  test('every method on every path gets a documented JSON answer, never a 500', async () => {
    const cases: [string, string, number, string | null][] = [
      ['TRACE', '/', 405, 'GET, HEAD, OPTIONS'],
      ['TRACE', '/api/postings', 405, 'POST, OPTIONS'],
      ['PROPFIND', '/api/catalog/back-end-developer', 405, 'GET, HEAD, OPTIONS'],
      ['POST', '/robots.txt', 405, 'GET, HEAD, OPTIONS'],
      ['DELETE', '/skills', 405, 'GET, HEAD, OPTIONS'],
      ['POST', '/build', 405, 'GET, HEAD, OPTIONS'],
      ['PUT', '/api/postings', 405, 'POST, OPTIONS'],
      ['POST', '/api/postings/AAAAAAAAAAAAAAAAAAAAAA', 405, 'GET, PUT, PATCH, DELETE, HEAD, OPTIONS'],
      ['DELETE', '/api/jobs', 405, 'GET, HEAD, OPTIONS'],
      ['PUT', '/api/openapi.json', 405, 'GET, HEAD, OPTIONS'],
      ['GET', '/api/no/such/endpoint', 404, null],
    ];
    for (const [method, path, status, allow] of cases) {
      const answer = await rawRequest(
        port,
        `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      );
      expect(answer.status, `${method} ${path}`).toBe(status);
      if (allow) expect(answer.headers['allow'], `${method} ${path}`).toBe(allow);
      expect(answer.headers['content-type'], `${method} ${path}`).toContain('application/json');
      const body = JSON.parse(answer.body) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(status === 405 ? 'method_not_allowed' : 'not_found');
    }
    const options = await fetch(`${base}/api/postings`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('POST, OPTIONS');
    expect(serverLog(server.process)).not.toMatch(/unsupported|Internal Server Error|unexpected error/i);
  });

  test("every answer carries a request id: the trusted proxy's own, or a fresh one", async () => {
    const kept = await fetch(`${base}/api/catalog/back-end-developer`, { headers: { 'x-request-id': 'edge-42' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-42');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const page = await fetch(`${base}/skills`);
    const refused = await fetch(`${base}/skills`, { method: 'DELETE', headers: { 'x-request-id': 'not a valid id' } });
    expect(page.headers.get('x-request-id')).toMatch(uuid);
    expect(refused.status).toBe(405);
    expect(refused.headers.get('x-request-id')).toMatch(uuid);
    expect(refused.headers.get('x-request-id')).not.toBe(page.headers.get('x-request-id'));
  });

  test('links name the host the client used; a Host that could smuggle anything is refused', async () => {
    // fetch will not send another Host: the request is written by hand.
    const draft = JSON.stringify(exampleDraft);
    const created = await rawRequest(
      port,
      'POST /api/postings HTTP/1.1\r\nHost: jobs.example.org:8080\r\nContent-Type: application/json\r\n' +
        `X-Forwarded-For: 192.0.2.50\r\nContent-Length: ${Buffer.byteLength(draft)}\r\nConnection: close\r\n\r\n${draft}`,
    );
    expect(created.status).toBe(201);
    const { id, viewUrl } = JSON.parse(created.body) as { id: string; viewUrl: string };
    expect(viewUrl).toBe(`http://jobs.example.org:8080/p/${id}`);
    const bad = await rawRequest(
      port,
      'GET /api/catalog/back-end-developer HTTP/1.1\r\nHost: a/b@evil\r\nConnection: close\r\n\r\n',
    );
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('invalid_request');
  });

  test('a client that hangs up mid-body is not logged as a server error', async () => {
    const before = serverLog(server.process).length;
    for (const path of ['/api/postings', '/api/render?format=html', '/api/checks']) {
      await new Promise<void>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(
            `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Forwarded-For: 192.0.2.60\r\n` +
              `Content-Length: 100000\r\n\r\n{"job": {"title": "${'x'.repeat(2000)}`,
          );
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 300);
        });
        socket.on('error', () => {});
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await fetch(`${base}/api/catalog/back-end-developer`)).status).toBe(200);
    expect(serverLog(server.process).slice(before)).toBe('');
  });
});
