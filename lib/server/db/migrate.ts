import '#server-only';
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import * as postings0001 from './migrations/0001_postings';
import * as reviews0002 from './migrations/0002_reviews';
import * as publishing0003 from './migrations/0003_publishing';
import * as reviewRevision0004 from './migrations/0004_review_revision';
import * as requireApproval0005 from './migrations/0005_require_approval';
import * as postingLogos0006 from './migrations/0006_posting_logos';
import * as translations0007 from './migrations/0007_translations';

// Listed in code, not read from a folder: the app is bundled, and the order must never depend on the disk.
export const migrations: Record<string, Migration> = {
  '0001_postings': postings0001,
  '0002_reviews': reviews0002,
  '0003_publishing': publishing0003,
  '0004_review_revision': reviewRevision0004,
  '0005_require_approval': requireApproval0005,
  '0006_posting_logos': postingLogos0006,
  '0007_translations': translations0007,
};

const onPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * A migrator for this database. On PostgreSQL its bookkeeping tables live in the connection's current
 * schema: left unset, Kysely takes a `kysely_migration` table in any other schema of the database for its
 * own, and never creates one where the app's tables are.
 */
export async function createMigrator(db: Kysely<unknown>): Promise<Migrator> {
  const migrationTableSchema = onPostgres(db) ? await currentSchema(db) : undefined;
  return new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableSchema });
}

async function currentSchema(db: Kysely<unknown>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('Database migration failed: PostgreSQL has no current schema (check search_path)');
  return schema;
}

/**
 * Brings the schema up to date; safe at every start. On PostgreSQL the migrator holds an advisory lock,
 * so instances starting together take turns. SQLite has no such lock: when two processes race on a fresh
 * file, the loser fails recording a migration the winner already applied (the DDL is `if not exists`),
 * and another pass (one per migration at most) picks up where the winner is.
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  // The loser can lose again at each later migration the winner is still applying: one pass per migration.
  for (let attempt = 1; ; attempt++) {
    try {
      return await migrateOnce(db);
    } catch (error) {
      if (onPostgres(db) || attempt > Object.keys(migrations).length) throw error;
    }
  }
}

async function migrateOnce(db: Kysely<unknown>): Promise<void> {
  const { error, results } = await (await createMigrator(db)).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const where = failed ? ` at ${failed.migrationName}` : '';
    throw new Error(`Database migration failed${where}: ${String(error)}`, { cause: error });
  }
}
