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

describe('SQLite in its worker thread', () => {
  it('reports changes, keeps SQLite error codes, and rolls a failed transaction back whole', async () => {
    const { db } = openDb({ kind: 'sqlite', path: path.join(folder, 'worker.sqlite') });
    try {
      await sql`create table t (id integer primary key, v text not null)`.execute(db);
      const inserted = await sql`insert into t (id, v) values (1, 'a'), (2, 'b')`.execute(db);
      expect(inserted.numAffectedRows).toBe(2n);
      const failing = db.transaction().execute(async (trx) => {
        await sql`insert into t (id, v) values (3, 'c')`.execute(trx);
        await sql`insert into t (id, v) values (1, 'again')`.execute(trx);
      });
      await expect(failing).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
      const { rows } = await sql<{ id: number; v: string }>`select id, v from t order by id`.execute(db);
      expect(rows).toEqual([
        { id: 1, v: 'a' },
        { id: 2, v: 'b' },
      ]);
    } finally {
      await db.destroy();
    }
  });

  it('opens a transaction with its first statement, and leaves the connection usable whatever that does', async () => {
    const { db } = openDb({ kind: 'sqlite', path: path.join(folder, 'begin.sqlite') });
    try {
      await sql`create table t (id integer primary key)`.execute(db);
      // The first statement fails: nothing of the transaction stays, and the next one starts clean.
      const failingFirst = db.transaction().execute(async (trx) => {
        await sql`insert into nope (id) values (1)`.execute(trx);
      });
      await expect(failingFirst).rejects.toThrow(/no such table/);
      await db.transaction().execute(async () => undefined); // begins and commits with nothing in between
      // Transactions started together take turns on the one connection.
      await Promise.all(
        [1, 2, 3].map((id) =>
          db.transaction().execute(async (trx) => {
            await sql`insert into t (id) values (${id})`.execute(trx);
            await sql`insert into t (id) values (${id * 10})`.execute(trx);
          }),
        ),
      );
      const { rows } = await sql<{ n: number }>`select count(*) as n from t`.execute(db);
      expect(rows[0]!.n).toBe(6);
    } finally {
      await db.destroy();
    }
  });
});
