import '#server-only';
import type { Kysely } from 'kysely';
import { getEnv } from '../config/env';
import { processWide } from '../runtime/process-wide';
import { openDb, type DbConfig, type DbHandle, type DialectName } from './connection';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

// One handle per process, shared by the Pages and App Router bundles (see lib/server/runtime/process-wide.ts).
const app = processWide('db', () => ({ handle: undefined as Promise<DbHandle> | undefined }));

/** SQLite unless DATABASE_URL names a PostgreSQL. */
export function configFromEnv(): DbConfig {
  const env = getEnv();
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'sqlite', path: env.POSTWRIGHT_SQLITE_PATH };
}

/** Which store the environment selects, without opening it. */
export function dialectName(): DialectName {
  return configFromEnv().kind;
}

/** Opens and migrates a database of its own; for tests and tools. */
export async function createDb(config: DbConfig): Promise<DbHandle> {
  const opened = openDb(config);
  try {
    await migrateToLatest(opened.db as Kysely<unknown>);
  } catch (error) {
    await opened.db.destroy();
    throw error;
  }
  return opened;
}

/** The app's database, opened and migrated once; concurrent first callers share one promise. */
export function getDbHandle(): Promise<DbHandle> {
  app.handle ??= createDb(configFromEnv()).catch((error: unknown) => {
    app.handle = undefined; // a failed start is retried by the next caller, not cached
    throw error;
  });
  return app.handle;
}

export async function getDb(): Promise<Kysely<Database>> {
  return (await getDbHandle()).db;
}

/** Closes the app's database; the next getDb() opens it again. */
export async function closeDb(): Promise<void> {
  const current = app.handle;
  app.handle = undefined;
  const opened = await current?.catch(() => undefined);
  await opened?.db.destroy();
}

export type { DbConfig, DbHandle, DialectName } from './connection';
export type { Database } from './schema';
