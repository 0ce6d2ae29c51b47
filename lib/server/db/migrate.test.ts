import { sql, type Kysely } from 'kysely';
import { NO_MIGRATIONS } from 'kysely/migration';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from './connection';
import { createDb } from './index';
import { createMigrator, migrateToLatest, migrations } from './migrate';
import { APP_TABLES } from '../../../test/support/app-tables';
import { testBackends } from '../../../test/support/test-databases';

const backends = await testBackends('migrate');

// The app's tables in this database only (on PostgreSQL, introspection sees every schema).
async function tableNames(handle: DbHandle): Promise<string[]> {
  const schema =
    handle.kind === 'postgres'
      ? (await sql<{ name: string }>`select current_schema() as name`.execute(handle.db)).rows[0]?.name
      : undefined;
  return (await handle.db.introspection.getTables())
    .filter((t) => t.schema === schema && !t.name.startsWith('postwright_rate'))
    .map((t) => t.name)
    .sort();
}

const appliedMigrations = async (handle: DbHandle) =>
  (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(handle.db)).rows.map(
    (r) => r.name,
  );

describe.each(backends)('migrations on $name', (backend) => {
  const opened: DbHandle[] = [];
  const open = async (...args: Parameters<typeof createDb>) => {
    const handle = await createDb(...args);
    opened.push(handle);
    return handle;
  };
  afterAll(async () => {
    await Promise.all(opened.map((h) => h.db.destroy()));
    await backend.cleanup();
  });

  const test = it.skipIf(!backend.available);

  test('creates the tables on a fresh database and records each migration once', async () => {
    const handle = await open(await backend.freshConfig());
    expect(await tableNames(handle)).toEqual(APP_TABLES);
    expect(await appliedMigrations(handle)).toEqual(Object.keys(migrations));
  });

  test('is idempotent: running it again changes nothing', async () => {
    const handle = await open(await backend.freshConfig());
    await migrateToLatest(handle.db as Kysely<unknown>);
    await migrateToLatest(handle.db as Kysely<unknown>);
    expect(await appliedMigrations(handle)).toEqual(Object.keys(migrations));
  });

  test('lets two instances start on one fresh database at once', async () => {
    const config = await backend.freshConfig();
    const [a, b] = await Promise.all([open(config), open(config)]);
    expect(await appliedMigrations(a)).toEqual(Object.keys(migrations));
    expect(await tableNames(b)).toEqual(APP_TABLES);
  });

  test('keeps each database to itself: a second one on the same server migrates too', async () => {
    // On PostgreSQL Kysely would otherwise find the first schema's kysely_migration and skip its own.
    const first = await open(await backend.freshConfig());
    const second = await open(await backend.freshConfig());
    expect(await tableNames(second)).toEqual(APP_TABLES);
    expect(await appliedMigrations(first)).toEqual(await appliedMigrations(second));
  });

  test('migrates down and up again', async () => {
    const handle = openDb(await backend.freshConfig());
    opened.push(handle);
    const migrator = await createMigrator(handle.db as Kysely<unknown>);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const down = await migrator.migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    expect(down.results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual(
      Object.keys(migrations)
        .reverse()
        .map((name) => [name, 'Down', 'Success']),
    );
    expect(await tableNames(handle)).toEqual([]);
    await migrateToLatest(handle.db as Kysely<unknown>);
    expect(await tableNames(handle)).toEqual(APP_TABLES);
  });

  test('enforces the versions → postings foreign key', async () => {
    const handle = await open(await backend.freshConfig());
    await expect(
      handle.db
        .insertInto('posting_versions')
        .values({ posting_id: 'nope', version: 1, draft: '{}', created_at: new Date().toISOString() })
        .execute(),
    ).rejects.toThrow(/foreign key/i);
  });
});
