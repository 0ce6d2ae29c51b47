import '#server-only';
import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';

/**
 * SQLite in a worker thread. better-sqlite3 is synchronous: on the request thread, every commit's fsync
 * (synchronous=FULL, which the spec's durability needs) froze every other request for as long as the disk
 * took, milliseconds usually and hundreds of them on a busy disk. Here only the requests that wait for the
 * database wait for it. One connection; Kysely's SqliteAdapter makes callers take turns on it, so a
 * transaction's statements never interleave with another's. A transaction's `begin` travels with its first
 * statement: every message is a round trip through the request thread's event loop, which under load takes
 * milliseconds, and the connection is held for the whole transaction.
 */
// Plain CommonJS evaluated by the worker (no file to bundle or ship); better-sqlite3 resolves from the app.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file);
for (const pragma of workerData.pragmas) db.pragma(pragma);
parentPort.on('message', ({ id, sql, parameters, begin, close }) => {
  if (close) {
    db.close();
    parentPort.postMessage({ id, rows: [] });
    return;
  }
  try {
    if (begin) db.exec('begin');
    const statement = db.prepare(sql);
    if (statement.reader) return parentPort.postMessage({ id, rows: statement.all(parameters) });
    const { changes, lastInsertRowid } = statement.run(parameters);
    parentPort.postMessage({ id, rows: [], changes, lastInsertRowid: String(lastInsertRowid) });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: error.message, code: error.code, name: error.name } });
  }
});
parentPort.postMessage({ id: 0, rows: [] });
`;

interface Reply {
  id: number;
  rows: unknown[];
  changes?: number;
  lastInsertRowid?: string;
  error?: { message: string; code?: string; name?: string };
}

export interface SqliteWorkerConfig {
  file: string;
  /** Run in order when the database opens, e.g. `journal_mode = WAL`. */
  pragmas: string[];
}

class SqliteWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  #failure: Error | undefined;
  readonly ready: Promise<void>;

  constructor(config: SqliteWorkerConfig) {
    this.#worker = new Worker(WORKER_SOURCE, { eval: true, workerData: config });
    this.ready = new Promise((resolve, reject) => this.#pending.set(0, { resolve: () => resolve(), reject }));
    this.#worker.on('message', (reply: Reply) => {
      const waiting = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      // An idle database must not keep the process alive; one with a query in flight must.
      if (this.#pending.size === 0) this.#worker.unref();
      if (!waiting) return;
      if (reply.error) waiting.reject(Object.assign(new Error(reply.error.message), reply.error));
      else waiting.resolve(reply);
    });
    const fail = (error: Error) => {
      this.#failure = error;
      for (const waiting of this.#pending.values()) waiting.reject(error);
      this.#pending.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`The SQLite worker stopped (exit code ${code})`)));
  }

  request(message: { sql?: string; parameters?: readonly unknown[]; begin?: true; close?: true }): Promise<Reply> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.ref();
      this.#worker.postMessage({ id, ...message });
    });
  }

  async close(): Promise<void> {
    if (!this.#failure) await this.request({ close: true }).catch(() => undefined);
    await this.#worker.terminate();
  }
}

class SqliteWorkerConnection implements DatabaseConnection {
  /** A transaction was begun and nothing sent since: the next message opens it in the worker first. */
  #beginWithNext = false;

  constructor(private readonly worker: SqliteWorker) {}

  beginTransaction(): void {
    this.#beginWithNext = true;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const begin = this.#beginWithNext ? ({ begin: true } as const) : {};
    this.#beginWithNext = false;
    const reply = await this.worker.request({ sql: query.sql, parameters: query.parameters, ...begin });
    return {
      rows: reply.rows as R[],
      ...(reply.changes === undefined ? {} : { numAffectedRows: BigInt(reply.changes) }),
      ...(reply.lastInsertRowid === undefined ? {} : { insertId: BigInt(reply.lastInsertRowid) }),
    };
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on SQLite');
  }
}

class SqliteWorkerDriver implements Driver {
  readonly #worker: SqliteWorker;
  readonly #connection: SqliteWorkerConnection;

  constructor(config: SqliteWorkerConfig) {
    this.#worker = new SqliteWorker(config);
    this.#connection = new SqliteWorkerConnection(this.#worker);
  }

  async init(): Promise<void> {
    await this.#worker.ready;
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // Sent with the transaction's first statement (or its commit or rollback), not on its own.
    (connection as SqliteWorkerConnection).beginTransaction();
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {
    await this.#worker.close();
  }
}

export class SqliteWorkerDialect implements Dialect {
  constructor(private readonly config: SqliteWorkerConfig) {}
  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver() {
    return new SqliteWorkerDriver(this.config);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db);
  }
}
