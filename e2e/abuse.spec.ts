import { expect, test } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exampleDraft } from '../lib/draft/example-draft';
import { killServer, startServer } from './support/server-process';

const port = 3403;
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess;

test.describe('abuse', () => {
  test.describe.configure({ mode: 'serial', timeout: 90_000 });

  test.beforeAll(async () => {
    server = await startServer(port, {
      DATABASE_URL: '',
      POSTWRIGHT_SQLITE_PATH: path.join(mkdtempSync(path.join(tmpdir(), 'postwright-abuse-')), 'abuse.sqlite'),
      POSTWRIGHT_RATE_LIMIT_CREATE: '20',
      // Behind a (pretend) proxy, so the test can speak as several clients.
      POSTWRIGHT_TRUST_PROXY: 'true',
    });
  });
  test.afterAll(async () => {
    await killServer(server);
  });

  test('a burst hits the rate limit (429 + Retry-After) while other clients are served quickly', async () => {
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
    const started = Date.now();
    const other = await fetch(`${base}/api/postings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
      body,
    });
    const otherMs = Date.now() - started;
    const results = await Promise.all(burst);
    expect(other.status).toBe(201);
    expect(otherMs).toBeLessThan(5_000);
    expect(results.filter((r) => r.status === 201)).toHaveLength(20);
    const limited = results.filter((r) => r.status === 429);
    expect(limited).toHaveLength(180);
    expect(limited.every((r) => Number(r.retryAfter) > 0)).toBe(true);
    expect(JSON.parse(limited[0]!.text).error.code).toBe('rate_limited');
    // A spoofed X-Forwarded-For cannot reset the limit without a trusted proxy: see server.mjs.
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
    const closed: Promise<number>[] = [];
    const started = Date.now();
    for (let i = 0; i < 100; i++) {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => {});
      closed.push(new Promise((resolve) => socket.on('close', () => resolve(Date.now() - started))));
      socket.on('connect', () => socket.write('GET /skills HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: '));
      slow.push(socket);
    }
    // Keep dribbling header bytes, as a slowloris client does.
    const drip = setInterval(() => slow.forEach((s) => !s.destroyed && s.write('a')), 1_000);
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const t0 = Date.now();
      const res = await fetch(`${base}/skills`);
      expect(res.status).toBe(200);
      expect(Date.now() - t0).toBeLessThan(3_000);
      const closedAfter = await Promise.all(closed);
      // headersTimeout is 10 s, checked every second (server.mjs).
      expect(Math.max(...closedAfter)).toBeLessThan(16_000);
    } finally {
      clearInterval(drip);
      slow.forEach((s) => s.destroy());
    }
  });
});
