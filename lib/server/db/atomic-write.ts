import '#server-only';
import type { CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema';
import { runsOnSqliteWorker, type SqliteWorkerConnection } from './sqlite-worker-dialect';

/**
 * Statements that need nothing from each other's results, written as one transaction: all or none. On
 * SQLite they travel to its worker as one message, so no other write waits on round trips of theirs
 * (sqlite-worker-dialect.ts); elsewhere they run as an ordinary transaction.
 */
export async function writeAtomically(db: Kysely<Database>, queries: readonly CompiledQuery[]): Promise<void> {
  // Inside a transaction (which holds the write lock) they simply join it.
  if (db.isTransaction) {
    for (const query of queries) await db.executeQuery(query);
    return;
  }
  if (runsOnSqliteWorker(db)) {
    await db
      .getExecutor()
      .provideConnection((connection) => (connection as SqliteWorkerConnection).executeBatch(queries));
    return;
  }
  await db.transaction().execute(async (trx) => {
    for (const query of queries) await trx.executeQuery(query);
  });
}
