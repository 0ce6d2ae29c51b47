import '#server-only';
import type { CompiledQuery, Kysely } from 'kysely';
import { SqliteWorkerAdapter, type SqliteWorkerConnection } from './sqlite-worker-dialect';

/**
 * Statements that need nothing from each other's results, written as one transaction: all or none. On
 * SQLite they travel to its worker as one message, so no other write waits on round trips of theirs
 * (sqlite-worker-dialect.ts); elsewhere they run as an ordinary transaction.
 */
export async function writeAtomically<DB>(db: Kysely<DB>, queries: readonly CompiledQuery[]): Promise<void> {
  const executor = db.getExecutor();
  if (executor.adapter instanceof SqliteWorkerAdapter) {
    await executor.provideConnection((connection) => (connection as SqliteWorkerConnection).executeBatch(queries));
    return;
  }
  await db.transaction().execute(async (trx) => {
    for (const query of queries) await trx.executeQuery(query);
  });
}
