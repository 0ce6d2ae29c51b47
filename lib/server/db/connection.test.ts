import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAtomically } from './atomic-write';
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
  it('answers a read while another caller holds a transaction open, with what was last committed', async () => {
    const { db } = openDb({ kind: 'sqlite', path: path.join(folder, 'reads.sqlite') });
    try {
      await sql`create table t (id integer primary key)`.execute(db);
      await db
        .insertInto('t' as never)
        .values({ id: 1 } as never)
        .execute();
      let finish!: () => void;
      const held = new Promise<void>((resolve) => (finish = resolve));
      let opened!: () => void;
      const isOpen = new Promise<void>((resolve) => (opened = resolve));
      const transaction = db.transaction().execute(async (trx) => {
        await sql`insert into t (id) values (2)`.execute(trx);
        opened();
        await held;
      });
      await isOpen;
      // A query Kysely builds as a select (raw SQL is sent as a write): the kind that takes the read path.
      const table = db as unknown as Kysely<{ t: { id: number } }>;
      const ids = async () => (await table.selectFrom('t').select('id').orderBy('id').execute()).map((row) => row.id);
      // Before, a read waited for the connection until the transaction ended: this would never settle.
      expect(await ids()).toEqual([1]);
      // A write from outside waits for its turn and does not become part of the open transaction.
      const outsideWrite = sql`insert into t (id) values (3)`.execute(db);
      finish();
      await transaction;
      await outsideWrite;
      expect(await ids()).toEqual([1, 2, 3]);
    } finally {
      await db.destroy();
    }
  });

  it('writes a batch in one message, whole or not at all, after the transaction before it', async () => {
    const { db } = openDb({ kind: 'sqlite', path: path.join(folder, 'batch.sqlite') });
    try {
      await sql`create table t (id integer primary key)`.execute(db);
      const insert = (id: number) => sql`insert into t (id) values (${id})`.compile(db);
      let finish!: () => void;
      const held = new Promise<void>((resolve) => (finish = resolve));
      let opened!: () => void;
      const isOpen = new Promise<void>((resolve) => (opened = resolve));
      const failing = db.transaction().execute(async (trx) => {
        await sql`insert into t (id) values (10)`.execute(trx);
        opened();
        await held;
        throw new Error('rolled back');
      });
      await isOpen;
      const batch = writeAtomically(db, [insert(1), insert(2)]);
      finish();
      await expect(failing).rejects.toThrow('rolled back');
      await batch;
      await expect(writeAtomically(db, [insert(3), insert(1)])).rejects.toMatchObject({
        code: 'SQLITE_CONSTRAINT_PRIMARYKEY',
      });
      const { rows } = await sql<{ id: number }>`select id from t order by id`.execute(db);
      expect(rows.map((row) => row.id)).toEqual([1, 2]);
    } finally {
      await db.destroy();
    }
  });
  it('copies the WAL into the database file in the background, with no checkpoint in the committing thread', async () => {
    const file = path.join(folder, 'checkpoint.sqlite');
    const { db } = openDb({ kind: 'sqlite', path: file });
    try {
      const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
      expect(rows[0]!.wal_autocheckpoint).toBe(0);
      await sql`create table t (id integer primary key, v text not null)`.execute(db);
      for (let id = 0; id < 50; id++) await sql`insert into t (id, v) values (${id}, ${'x'.repeat(8000)})`.execute(db);
      // 400 KB written: with no checkpoint at all the database file would stay at its first pages.
      await expect.poll(() => statSync(file).size, { timeout: 5000, interval: 50 }).toBeGreaterThan(400_000);
    } finally {
      await db.destroy();
    }
  });
});
