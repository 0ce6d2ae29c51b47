import '#server-only';
import { Kysely, PostgresDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { serverLog } from '../log/server-log';
import type { Database } from './schema';
import { SqliteWorkerDialect } from './sqlite-worker-dialect';

export type DbConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; poolSize?: number };
export type DialectName = DbConfig['kind'];

export interface DbHandle {
  db: Kysely<Database>;
  kind: DialectName;
  /** The PostgreSQL pool, for the rate limiter's store; undefined on SQLite. */
  pool?: pg.Pool;
}

/** A Kysely over SQLite (embedded default) or PostgreSQL; nothing is migrated here. */
export function openDb(config: DbConfig): DbHandle {
  return config.kind === 'postgres' ? openPostgres(config.url, config.poolSize) : openSqlite(config.path);
}

function openPostgres(url: string, poolSize = 10): DbHandle {
  // A bounded wait for a connection: a dead server answers with an error, not a request hanging forever.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000 });
  // An idle client's error (the server restarting) must not crash the process; the next query reconnects.
  pool.on('error', (error) => serverLog().error({ err: error }, 'PostgreSQL pool error'));
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), kind: 'postgres', pool };
}

function openSqlite(file: string): DbHandle {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const pragmas = [
    'journal_mode = WAL',
    // FULL: a write acknowledged with 2xx survives the process being killed the next instant (spec).
    'synchronous = FULL',
    'busy_timeout = 5000',
    'foreign_keys = ON',
  ];
  // Off the request thread: a commit's fsync must not stall every other request (sqlite-worker-dialect.ts).
  return { db: new Kysely<Database>({ dialect: new SqliteWorkerDialect({ file, pragmas }) }), kind: 'sqlite' };
}
