import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAtomically } from './atomic-write';
import { openDb } from './connection';
import { SqliteWorkerDialect } from './sqlite-worker-dialect';
import type { Database } from './schema';

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

/** A fresh SQLite database in the test folder for `test`, closed after. */
async function withSqlite(name: string, test: (db: Kysely<Database>, file: string) => Promise<void>) {
  const file = name === ':memory:' ? name : path.join(folder, name);
  const { db } = openDb({ kind: 'sqlite', path: file });
  try {
    await test(db, file);
  } finally {
    await db.destroy();
  }
}

/** A transaction on table t that writes `id`, then stays open until `end()`; `settled` is how it ended. */
async function openTransaction(db: Kysely<Database>, id: number, { fail = false } = {}) {
  let end!: () => void;
  const held = new Promise<void>((resolve) => (end = resolve));
  let opened!: () => void;
  const isOpen = new Promise<void>((resolve) => (opened = resolve));
  const settled = db.transaction().execute(async (trx) => {
    await sql`insert into t (id) values (${id})`.execute(trx);
    opened();
    await held;
    if (fail) throw new Error('rolled back');
  });
  await isOpen;
  return { end, settled };
}

describe('SQLite in its worker thread', () => {
  it('reports changes, keeps SQLite error codes, and rolls a failed transaction back whole', async () => {
    await withSqlite('worker.sqlite', async (db) => {
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
    });
  });

  it('opens a transaction with its first statement, and leaves the connection usable whatever that does', async () => {
    await withSqlite('begin.sqlite', async (db) => {
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
    });
  });
  it('answers a read while another caller holds a transaction open, with what was last committed', async () => {
    await withSqlite('reads.sqlite', async (db) => {
      await sql`create table t (id integer primary key)`.execute(db);
      await sql`insert into t (id) values (1)`.execute(db);
      const transaction = await openTransaction(db, 2);
      // A query Kysely builds as a select (raw SQL is sent as a write): the kind that takes the read path.
      const table = db as unknown as Kysely<{ t: { id: number } }>;
      const ids = async () => (await table.selectFrom('t').select('id').orderBy('id').execute()).map((row) => row.id);
      // Before, a read waited for the connection until the transaction ended: this would never settle.
      expect(await ids()).toEqual([1]);
      // A write from outside waits for its turn and does not become part of the open transaction.
      const outsideWrite = sql`insert into t (id) values (3)`.execute(db);
      transaction.end();
      await transaction.settled;
      await outsideWrite;
      expect(await ids()).toEqual([1, 2, 3]);
    });
  });

  it('writes a batch in one message, whole or not at all, after the transaction before it', async () => {
    await withSqlite('batch.sqlite', async (db) => {
      await sql`create table t (id integer primary key)`.execute(db);
      const insert = (id: number) => sql`insert into t (id) values (${id})`.compile(db);
      const failing = await openTransaction(db, 10, { fail: true });
      const batch = writeAtomically(db, [insert(1), insert(2)]);
      failing.end();
      await expect(failing.settled).rejects.toThrow('rolled back');
      await batch;
      await expect(writeAtomically(db, [insert(3), insert(1)])).rejects.toMatchObject({
        code: 'SQLITE_CONSTRAINT_PRIMARYKEY',
      });
      const { rows } = await sql<{ id: number }>`select id from t order by id`.execute(db);
      expect(rows.map((row) => row.id)).toEqual([1, 2]);
    });
  });

  it('copies the WAL into the database file in the background, with no checkpoint in the committing thread', async () => {
    await withSqlite('checkpoint.sqlite', async (db, file) => {
      const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
      expect(rows[0]!.wal_autocheckpoint).toBe(0);
      await sql`create table t (id integer primary key, v text not null)`.execute(db);
      for (let id = 0; id < 50; id++) await sql`insert into t (id, v) values (${id}, ${'x'.repeat(8000)})`.execute(db);
      // 400 KB written: with no checkpoint at all the database file would stay at its first pages.
      await expect.poll(() => statSync(file).size, { timeout: 5000, interval: 50 }).toBeGreaterThan(400_000);
    });
  });
  it('in memory, where reads share the writer, makes a read wait for an open transaction to end', async () => {
    await withSqlite(':memory:', async (db) => {
      await sql`create table t (id integer primary key)`.execute(db);
      await sql`insert into t (id) values (1)`.execute(db);
      const failing = await openTransaction(db, 2, { fail: true });
      const table = db as unknown as Kysely<{ t: { id: number } }>;
      const read = table.selectFrom('t').select('id').execute();
      failing.end();
      await expect(failing.settled).rejects.toThrow('rolled back');
      expect((await read).map((row) => row.id)).toEqual([1]); // never the row rolled back
    });
  });

  it('closes after an open transaction has ended, which then commits whole', async () => {
    const file = path.join(folder, 'close.sqlite');
    const { db } = openDb({ kind: 'sqlite', path: file });
    await sql`create table t (id integer primary key)`.execute(db);
    const transaction = await openTransaction(db, 1);
    let closed = false;
    const closing = db.destroy().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Before, the worker closed here, under the transaction, and SQLite rolled it back.
    expect(closed).toBe(false);
    transaction.end();
    await transaction.settled;
    await closing;
    await withSqlite('close.sqlite', async (again) => {
      const { rows } = await sql<{ id: number }>`select id from t`.execute(again);
      expect(rows.map((row) => row.id)).toEqual([1]);
    });
  });

  it('closes after its wait even when a transaction is never ended', async () => {
    const db = new Kysely<Database>({
      dialect: new SqliteWorkerDialect({ file: path.join(folder, 'abandoned.sqlite'), pragmas: [], closeWaitMs: 200 }),
    });
    await sql`create table t (id integer primary key)`.execute(db);
    const transaction = await openTransaction(db, 1);
    const started = performance.now();
    await db.destroy();
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    // Its caller finds the database gone, and nothing of it was written.
    transaction.end();
    await expect(transaction.settled).rejects.toThrow();
    await withSqlite('abandoned.sqlite', async (again) => {
      const { rows } = await sql<{ n: number }>`select count(*) as n from t`.execute(again);
      expect(rows[0]!.n).toBe(0);
    });
  });
});
