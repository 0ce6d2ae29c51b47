import '#server-only';
import { createBoundedPool, isAbortError, type BoundedPoolOptions } from '../runtime/bounded-pool';
import { PoolBusyError } from '../runtime/pool-busy';
import { distWorkerFile } from '../runtime/worker-file';
import type { ImportResult } from '../../shared/import/import-contract';
import { ImportError } from './import-error';
import type { ImportJob, ImportOutcome } from './import-job';

// Reading a Word file or a PDF takes tens to hundreds of milliseconds of one core, and a hostile one longer.
// On the request thread it would stall every other request; here it runs in worker threads with a time and
// memory limit per job, behind a queue of bounded length (like the export pool).

/** The import pool is full: the client should come back in `retryAfterSeconds`. */
export class ImportBusyError extends PoolBusyError {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds, `Too many imports are being read: try again in ${retryAfterSeconds} s`);
    this.name = 'ImportBusyError';
  }
}

/** `timeoutMs`: a job still running this long after it could start (the queue ahead of it is allowed its own
 * time) is stopped, its thread replaced, and the file refused as too complex. */
export type ImportPoolOptions = BoundedPoolOptions;

export interface ImportPool {
  run(job: ImportJob): Promise<ImportResult>;
  /** Each worker thread's V8 heap, in bytes (what the server holds for imports). */
  heapBytes(): Promise<number[]>;
  close(): Promise<void>;
}

/** The import worker's bundle (dist/import-worker.mjs). */
export const importWorkerFile = (): string => distWorkerFile('import-worker.mjs');

export function createImportPool(options: ImportPoolOptions = {}): ImportPool {
  const pool = createBoundedPool<ImportJob, ImportOutcome>(options, {
    filename: importWorkerFile,
    queuePerThread: 8,
    timeoutMs: 10_000,
    minThreads: 0,
    idleTimeout: 30_000,
    // A file that inflates or lays out past this ends its own thread, never the server.
    resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
  });
  const { threads, timeoutMs } = pool;
  return {
    async run(job) {
      const outcome = await pool.run(job, {
        busy: (inFlight) => new ImportBusyError(Math.min(30, Math.max(1, Math.ceil(inFlight / threads)))),
        // The limit is on reading, not on waiting: a job behind others in the queue gets their time on top.
        limitMs: (inFlight) => timeoutMs * (1 + Math.ceil(Math.max(0, inFlight - threads + 1) / threads)),
        failed: (error) => {
          if (isAbortError(error)) {
            return new ImportError(
              'file_too_complex',
              `This file took longer than ${timeoutMs / 1000} s to read: it was stopped`,
            );
          }
          // A worker killed by its memory limit: the file asked for more than a posting ever needs.
          if (
            error instanceof Error &&
            /memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${error.message} ${(error as { code?: string }).code}`)
          ) {
            return new ImportError(
              'file_too_complex',
              'This file needs more memory to read than a posting ever does: it was stopped',
            );
          }
          return error;
        },
        transferList: [],
      });
      if (outcome.ok) return outcome.result;
      if ('importError' in outcome) throw new ImportError(outcome.importError.code, outcome.importError.message);
      throw new Error(`The import worker failed: ${outcome.fault}`);
    },
    heapBytes: pool.heapBytes,
    close: pool.close,
  };
}

let shared: ImportPool | undefined;

/** The process's one import pool, started on the first import. */
export function importPool(): ImportPool {
  shared ??= createImportPool();
  return shared;
}
