import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from './connection';

const folder = mkdtempSync(path.join(tmpdir(), 'postwright-connection-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('SQLite connection', () => {
  it('creates a missing folder and sets the durability pragmas', async () => {
    const file = path.join(folder, 'nested', 'deeper', 'postwright.sqlite');
    const { db, kind, pool } = openDb({ kind: 'sqlite', path: file });
    try {
      expect(kind).toBe('sqlite');
      expect(pool).toBeUndefined();
      const pragma = async (name: string) => {
        const { rows } = await sql<Record<string, unknown>>`pragma ${sql.raw(name)}`.execute(db);
        return Object.values(rows[0] ?? {})[0];
      };
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2); // FULL
      expect(await pragma('busy_timeout')).toBe(5000);
      expect(await pragma('foreign_keys')).toBe(1);
      expect(existsSync(file)).toBe(true);
    } finally {
      await db.destroy();
    }
  });
});
