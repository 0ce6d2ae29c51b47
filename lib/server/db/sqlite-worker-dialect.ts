import '#server-only';
import { Worker } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';
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
import { serverLog } from '../log/server-log';

/**
 * SQLite in worker threads. better-sqlite3 is synchronous: on the request thread, every commit's fsync
 * (synchronous=FULL, which the spec's durability needs) froze every other request for as long as the disk
 * took, milliseconds usually and hundreds of them on a busy disk. Here only the requests that wait for the
 * database wait for it, and no more than they must (each figure from the bench's load mix):
 * - **Reads** outside a transaction go to a read-only connection in a thread of their own, which in WAL mode
 *   sees the last commit and never what an open transaction has written so far. Behind the writes' fsyncs a
 *   share page's one read waited up to 1.4 s.
 * - **Writes** go to the writer's thread, which runs its messages in order: a write takes its turn (the
 *   write lock) only until its message is posted, since anything posted later runs after it. Only an open
 *   transaction holds the lock across round trips (each a turn of the busy request thread's event loop);
 *   its `begin` travels with its first statement. `executeBatch` sends a transaction whose statements need
 *   nothing from each other as one message.
 * - **Checkpoints** (copying the WAL into the database file, then an fsync of it) run in a third thread.
 *   SQLite's automatic checkpoint ran in the committing connection and held every read and write behind it,
 *   at times for a second. The checkpointer copies what it can every CHECKPOINT_INTERVAL_MS without waiting
 *   for anyone (PASSIVE). Only a checkpoint that reaches the WAL's end lets the next write start it over,
 *   which one running beside steady writes seldom does: past WAL_RESTART_FRAMES the writer checkpoints the
 *   little that is left itself.
 */
const CHECKPOINT_INTERVAL_MS = 250;
const WAL_RESTART_FRAMES = 4096; // 16 MB of 4 KB pages

// Plain CommonJS evaluated by the workers (no file to bundle or ship); better-sqlite3 resolves from the app.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const { file, pragmas, role, walFrames: walFramesBuffer, restartFrames } = workerData;
const reads = role === 'reader';
const db = new Database(file, { readonly: reads });
if (reads) db.pragma('busy_timeout = 5000');
else {
  for (const pragma of pragmas) db.pragma(pragma);
  db.pragma('wal_autocheckpoint = 0');
  db.pragma('journal_size_limit = 67108864');
}
const walFrames = walFramesBuffer && new Int32Array(walFramesBuffer);
function catchUpCheckpoint() {
  if (!walFrames || db.inTransaction || Atomics.load(walFrames, 0) < restartFrames) return;
  try {
    const [{ busy, log, checkpointed }] = db.pragma('wal_checkpoint(PASSIVE)');
    if (!busy && log === checkpointed) Atomics.store(walFrames, 0, 0);
  } catch {
    // An I/O error here must not end the writer: the next write tries again.
  }
}
function run({ sql, parameters }) {
  const statement = db.prepare(sql);
  if (reads && !statement.readonly) throw new Error('Only a statement that writes nothing can run as a read');
  if (statement.reader) return { rows: statement.all(parameters) };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { rows: [], changes, lastInsertRowid: String(lastInsertRowid) };
}
const runBatch = db.transaction((statements) => statements.map(run));
parentPort.on('message', ({ id, sql, parameters, begin, batch, close }) => {
  if (close) {
    db.close();
    parentPort.postMessage({ id, rows: [] });
    return;
  }
  try {
    if (batch) parentPort.postMessage({ id, rows: [], batch: runBatch(batch) });
    else {
      if (begin) db.exec('begin');
      parentPort.postMessage({ id, ...run({ sql, parameters }) });
    }
  } catch (error) {
    parentPort.postMessage({ id, error: { message: error.message, code: error.code, name: error.name } });
  }
  catchUpCheckpoint();
});
parentPort.postMessage({ id: 0, rows: [] });
`;

const CHECKPOINTER_SOURCE = `
const { workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
for (const pragma of workerData.pragmas) db.pragma(pragma);
const walFrames = new Int32Array(workerData.walFrames);
setInterval(() => {
  try {
    const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)');
    Atomics.store(walFrames, 0, log);
  } catch {
    // Busy or interrupted: the next turn tries again.
  }
}, workerData.intervalMs);
`;

interface Outcome {
  rows: unknown[];
  changes?: number;
  lastInsertRowid?: string;
}

interface Reply extends Outcome {
  id: number;
  batch?: Outcome[];
  error?: { message: string; code?: string; name?: string };
}

interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

type Message = (Statement & { begin?: true }) | { batch: Statement[] } | { close: true };

export interface SqliteWorkerConfig {
  file: string;
  /** Run in order when the database opens, e.g. `journal_mode = WAL`. */
  pragmas: string[];
  /** How long closing waits for writes under way and an open transaction to end (default 5 s). */
  closeWaitMs?: number;
}

const CLOSE_WAIT_MS = 5_000;

/** One connection in a worker thread: messages in, replies out, in order. */
class SqliteThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  #failure: Error | undefined;
  readonly ready: Promise<void>;

  constructor(workerData: SqliteWorkerConfig & Record<string, unknown>) {
    this.#worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
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

  /** Posts at once (the order of posting is the order the worker runs them in); resolves with the reply. */
  request(message: Message): Promise<Reply> {
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

/** The database's three threads: the writer, the reader (the writer itself in memory) and the checkpointer. */
class SqliteThreads {
  readonly writer: SqliteThread;
  reader: SqliteThread;
  #checkpointer: Worker | undefined;
  #closing = false;
  readonly #ready: Promise<void>;

  constructor(config: SqliteWorkerConfig) {
    // An in-memory (or temporary, '') database is private to its connection: there, the writer is all there is.
    const inMemory = config.file === ':memory:' || config.file === '';
    // Frames in the WAL as the checkpointer last saw them, shared by it and the writer.
    const walFrames = new SharedArrayBuffer(4);
    this.writer = new SqliteThread({ ...config, role: 'writer', walFrames, restartFrames: WAL_RESTART_FRAMES });
    this.reader = this.writer;
    // The others once the writer has opened the database and put it in WAL mode, so none races it there.
    this.#ready = inMemory
      ? this.writer.ready
      : this.writer.ready.then(async () => {
          this.reader = new SqliteThread({ ...config, role: 'reader' });
          this.#checkpointer = new Worker(CHECKPOINTER_SOURCE, {
            eval: true,
            workerData: { ...config, walFrames, intervalMs: CHECKPOINT_INTERVAL_MS },
          });
          // Never what keeps the process alive; a checkpoint cut short by exit is one SQLite recovers from.
          this.#checkpointer.unref();
          this.#checkpointer.on('error', (error) => serverLog().error({ err: error }, 'SQLite checkpointer failed'));
          // Without it nothing would ever checkpoint: SQLite's own checkpoint in the writer takes over again.
          this.#checkpointer.on('exit', () => {
            if (this.#closing) return;
            serverLog().error('SQLite checkpointer stopped; checkpoints return to the writer');
            void this.writer
              .request({ sql: 'pragma wal_autocheckpoint = 1000', parameters: [] })
              .catch(() => undefined);
          });
          await this.reader.ready;
        });
  }

  ready(): Promise<void> {
    return this.#ready;
  }

  async close(): Promise<void> {
    this.#closing = true;
    await this.#ready.catch(() => undefined);
    await this.#checkpointer?.terminate();
    if (this.reader !== this.writer) await this.reader.close();
    await this.writer.close();
  }
}

/** Turns for writers: first come, first served. */
class WriteLock {
  #tail: Promise<void> = Promise.resolve();

  /** Resolves with the function that lets the next writer go. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => turn);
    return ready;
  }
}

function toResult<R>(outcome: Outcome): QueryResult<R> {
  return {
    rows: outcome.rows as R[],
    ...(outcome.changes === undefined ? {} : { numAffectedRows: BigInt(outcome.changes) }),
    ...(outcome.lastInsertRowid === undefined ? {} : { insertId: BigInt(outcome.lastInsertRowid) }),
  };
}

function statementOf(query: CompiledQuery): Statement {
  return { sql: query.sql, parameters: query.parameters };
}

/** One caller's use of the database, from acquiring a connection to releasing it. */
export class SqliteWorkerConnection implements DatabaseConnection {
  /** Set while this caller's transaction is open: it holds the write lock until commit or rollback. */
  #release: (() => void) | undefined;
  /** A transaction was begun and nothing sent since: the next message opens it in the worker first. */
  #beginWithNext = false;

  constructor(
    private readonly threads: SqliteThreads,
    private readonly lock: WriteLock,
  ) {}

  async beginTransaction(): Promise<void> {
    this.#release = await this.lock.acquire();
    this.#beginWithNext = true;
  }

  endTransaction(): void {
    this.#release?.();
    this.#release = undefined;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const statement = statementOf(query);
    if (this.#release) {
      const begin = this.#beginWithNext ? ({ begin: true } as const) : {};
      this.#beginWithNext = false;
      return toResult(await this.threads.writer.request({ ...statement, ...begin }));
    }
    // What Kysely built as a select reads; raw SQL may write, so it goes to the writer.
    // (In memory the reader is the writer: there a read takes its turn, or it could see an open transaction.)
    if (query.query.kind === 'SelectQueryNode' && this.threads.reader !== this.threads.writer)
      return toResult(await this.threads.reader.request(statement));
    return toResult(await this.#writeInTurn(statement));
  }

  /** The statements as one transaction in one message: all of them are written, or none. */
  async executeBatch(queries: readonly CompiledQuery[]): Promise<QueryResult<unknown>[]> {
    const reply = await this.#writeInTurn({ batch: queries.map(statementOf) });
    return (reply.batch ?? []).map((outcome) => toResult(outcome));
  }

  async #writeInTurn(message: Message): Promise<Reply> {
    const release = await this.lock.acquire();
    // Posted: the writer runs it before anything posted after, so the next writer may go now.
    const reply = this.threads.writer.request(message);
    release();
    return reply;
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on SQLite');
  }
}

class SqliteWorkerDriver implements Driver {
  readonly #threads: SqliteThreads;
  readonly #lock = new WriteLock();
  readonly #closeWaitMs: number;

  constructor({ closeWaitMs = CLOSE_WAIT_MS, ...config }: SqliteWorkerConfig) {
    this.#threads = new SqliteThreads(config);
    this.#closeWaitMs = closeWaitMs;
  }

  async init(): Promise<void> {
    await this.#threads.ready();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    return new SqliteWorkerConnection(this.#threads, this.#lock);
  }
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // Sent with the transaction's first statement (or its commit or rollback), not on its own.
    await (connection as SqliteWorkerConnection).beginTransaction();
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    // A failed commit is followed by Kysely's rollback, which must still hold the lock.
    await connection.executeQuery(CompiledQuery.raw('commit'));
    (connection as SqliteWorkerConnection).endTransaction();
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(CompiledQuery.raw('rollback'));
    } finally {
      (connection as SqliteWorkerConnection).endTransaction();
    }
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as SqliteWorkerConnection).endTransaction();
  }
  async destroy(): Promise<void> {
    // Closed under an open transaction, SQLite would roll it back while its caller still runs it (a request
    // finishing as the server stops): it gets its turn to end first. One left open for good does not hold
    // the close for ever.
    const giveUp = new AbortController();
    const release = await Promise.race([
      this.#lock.acquire(),
      sleep(this.#closeWaitMs, undefined, { signal: giveUp.signal }).catch(() => undefined),
    ]);
    giveUp.abort();
    try {
      await this.#threads.close();
    } finally {
      release?.();
    }
  }
}

const WORKER_ADAPTER = Symbol.for('postwright.sqliteWorkerAdapter');

/** Kysely's SQLite adapter, without its one-caller-at-a-time connection: the driver orders writes itself. */
class SqliteWorkerAdapter extends SqliteAdapter {
  readonly [WORKER_ADAPTER] = true;
  override get supportsMultipleConnections(): boolean {
    return true;
  }
}

/**
 * Whether a Kysely runs on this dialect. A mark, not instanceof: Next's two bundles (pages, app) each have
 * their own copy of this module and share one database (processWide).
 */
export function runsOnSqliteWorker<DB>(db: Kysely<DB>): boolean {
  return WORKER_ADAPTER in db.getExecutor().adapter;
}

export class SqliteWorkerDialect implements Dialect {
  constructor(private readonly config: SqliteWorkerConfig) {}
  createAdapter() {
    return new SqliteWorkerAdapter();
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
