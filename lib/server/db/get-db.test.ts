import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { APP_TABLES } from '../../../test/support/app-tables';

const folder = mkdtempSync(path.join(tmpdir(), 'postwright-getdb-'));
vi.stubEnv('DATABASE_URL', '');
vi.stubEnv('POSTWRIGHT_SQLITE_PATH', path.join(folder, 'app', 'postwright.sqlite'));
const { closeDb, dialectName, getDb } = await import('./index');

afterAll(async () => {
  await closeDb();
  vi.unstubAllEnvs();
  rmSync(folder, { recursive: true, force: true });
});

describe('the app database', () => {
  it('is SQLite unless DATABASE_URL is set', () => {
    expect(dialectName()).toBe('sqlite');
  });

  it('is opened and migrated once, however many callers ask at once', async () => {
    const [a, b, c] = await Promise.all([getDb(), getDb(), getDb()]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    const tables = (await a.introspection.getTables()).map((t) => t.name).sort();
    expect(tables).toEqual(APP_TABLES);
  });

  it('opens again after closeDb, with the data still there', async () => {
    const before = await getDb();
    await before
      .insertInto('postings')
      .values({
        id: 'AAAAAAAAAAAAAAAAAAAAAA',
        edit_token_hash: '0'.repeat(64),
        version: 1,
        draft: '{}',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
        expires_at: null,
        revoked_at: null,
      })
      .execute();
    await closeDb();
    const after = await getDb();
    expect(after).not.toBe(before);
    expect(await after.selectFrom('postings').select('id').execute()).toEqual([{ id: 'AAAAAAAAAAAAAAAAAAAAAA' }]);
  });
});
