import '#server-only';
import type { CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema';
import { runsOnSqliteWorker, type SqliteWorkerConnection } from './sqlite-worker-dialect';

/**
 * Statements that need nothing from each other's results, written as one transaction: all or none. On
 * SQLite they travel to its worker as one message, so no other write waits on round trips of theirs
 * (sqlite-worker-dialect.ts); elsewhere they run as an ordinary transaction. Gives each statement's result.
 */
export async function writeAtomically(
  db: Kysely<Database>,
  queries: readonly CompiledQuery[],
): Promise<QueryResult<unknown>[]> {
  const inOrder = async (executor: Kysely<Database>) => {
    const results: QueryResult<unknown>[] = [];
    for (const query of queries) results.push(await executor.executeQuery(query));
    return results;
  };
  // Inside a transaction (which holds the write lock) they simply join it.
  if (db.isTransaction) return inOrder(db);
  if (runsOnSqliteWorker(db)) {
    return db
      .getExecutor()
      .provideConnection((connection) => (connection as SqliteWorkerConnection).executeBatch(queries));
  }
  return db.transaction().execute(inOrder);
}
