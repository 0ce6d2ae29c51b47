import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exampleDraft } from '../lib/shared/draft/example-draft';
import { createTestSchema } from '../test/support/test-databases';
import { killServer, startServer } from './support/server-process';

// A 2xx answer to a write means the write is durable: kill the server with SIGKILL mid-stream and every
// acknowledged write must be there, intact, after a restart.

type Ack = { id: string; version: number; title: string };

async function hammer(baseUrl: string, workers: number, signal: AbortSignal) {
  const acks: Ack[] = [];
  const headers = { 'content-type': 'application/json' };
  async function worker(n: number) {
    for (let round = 0; !signal.aborted; round++) {
      try {
        const title = `Worker ${n} round ${round} create`;
        const draft = { ...exampleDraft, job: { ...exampleDraft.job, title } };
        const created = await fetch(`${baseUrl}/api/postings`, {
          method: 'POST',
          headers,
          body: JSON.stringify(draft),
          signal,
        });
        if (created.status !== 201) continue;
        const { id, editToken } = (await created.json()) as { id: string; editToken: string };
        acks.push({ id, version: 1, title });
        for (let version = 1; version < 6 && !signal.aborted; version++) {
          const nextTitle = `Worker ${n} round ${round} v${version + 1}`;
          const updated = await fetch(`${baseUrl}/api/postings/${id}`, {
            method: 'PUT',
            headers: { ...headers, authorization: `Bearer ${editToken}`, 'if-match': `"${version}"` },
            body: JSON.stringify({ ...draft, job: { ...draft.job, title: nextTitle } }),
            signal,
          });
          if (updated.status !== 200) break;
          acks.push({ id, version: version + 1, title: nextTitle });
        }
      } catch {
        return; // the server is gone
      }
    }
  }
  const running = Promise.all(Array.from({ length: workers }, (_, n) => worker(n)));
  return { acks, running };
}

async function verifyAcks(baseUrl: string, acks: Ack[]) {
  const latest = new Map<string, number>();
  for (const ack of acks) latest.set(ack.id, Math.max(latest.get(ack.id) ?? 0, ack.version));
  for (const ack of acks) {
    const res = await fetch(`${baseUrl}/api/postings/${ack.id}/versions/${ack.version}`);
    expect(res.status, `version ${ack.version} of ${ack.id}`).toBe(200);
    const body = (await res.json()) as { draft: typeof exampleDraft };
    expect(body.draft.job.title).toBe(ack.title);
    expect(body.draft.skills).toEqual(exampleDraft.skills);
  }
  for (const [id, version] of latest) {
    const res = await fetch(`${baseUrl}/api/postings/${id}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { version: number }).version).toBeGreaterThanOrEqual(version);
  }
}

async function killMidStream(port: number, env: Record<string, string>) {
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = await startServer(port, env);
  const controller = new AbortController();
  const { acks, running } = await hammer(baseUrl, 12, controller.signal);
  // Kill it in full flow: once enough writes are acknowledged, with the workers still writing.
  await expect.poll(() => acks.length, { timeout: 60_000 }).toBeGreaterThan(40);
  await killServer(server, 'SIGKILL');
  controller.abort();
  await running;
  const restarted = await startServer(port, env);
  try {
    await verifyAcks(baseUrl, acks);
  } finally {
    await killServer(restarted);
  }
  return acks.length;
}

const limits = { POSTWRIGHT_RATE_LIMIT_CREATE: '1000000', POSTWRIGHT_RATE_LIMIT_WRITE: '1000000' };

test.describe('crash safety', () => {
  test.describe.configure({ timeout: 180_000 });

  test('SQLite: every acknowledged write survives SIGKILL, and the file passes integrity_check', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'postwright-crash-')), 'crash.sqlite');
    const acknowledged = await killMidStream(3411, { ...limits, DATABASE_URL: '', POSTWRIGHT_SQLITE_PATH: file });
    const db = new Database(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('select count(*) as n from posting_versions').get() as { n: number };
      expect(rows.n).toBeGreaterThanOrEqual(acknowledged);
    } finally {
      db.close();
    }
  });

  test('PostgreSQL: every acknowledged write survives SIGKILL', async () => {
    const schema = await createTestSchema('crash');
    try {
      await killMidStream(3412, { ...limits, DATABASE_URL: schema.url });
    } finally {
      await schema.drop();
    }
  });
});
