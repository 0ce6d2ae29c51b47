import '#server-only';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { PoolBusyError } from '../process/pool-busy';
import { distWorkerFile } from '../process/worker-file';
import type { ImportResult } from './import-contract';
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

export interface ImportPoolOptions {
  threads?: number;
  maxQueue?: number;
  /**
   * A job still running this long after it could start (the queue ahead of it is allowed its own time) is
   * stopped, its thread replaced, and the file refused as too complex.
   */
  timeoutMs?: number;
  filename?: string;
}

export interface ImportPool {
  run(job: ImportJob): Promise<ImportResult>;
  close(): Promise<void>;
}

/** The import worker's bundle (dist/import-worker.mjs). */
export const importWorkerFile = (): string => distWorkerFile('import-worker.mjs');

export function createImportPool(options: ImportPoolOptions = {}): ImportPool {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const maxQueue = options.maxQueue ?? threads * 8;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const pool = new Piscina<ImportJob, ImportOutcome>({
    filename: options.filename ?? importWorkerFile(),
    minThreads: 0,
    maxThreads: threads,
    maxQueue: maxQueue + threads,
    concurrentTasksPerWorker: 1,
    atomics: 'async',
    idleTimeout: 30_000,
    niceIncrement: 10,
    // A file that inflates or lays out past this ends its own thread, never the server.
    resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
  });
  let inFlight = 0;
  return {
    async run(job) {
      if (inFlight >= threads + maxQueue)
        throw new ImportBusyError(Math.min(30, Math.max(1, Math.ceil(inFlight / threads))));
      // The limit is on reading, not on waiting: a job behind others in the queue gets their time on top.
      const ahead = Math.max(0, inFlight - threads + 1);
      const limitMs = timeoutMs * (1 + Math.ceil(ahead / threads));
      inFlight += 1;
      try {
        const outcome = await pool
          .run(job, { signal: AbortSignal.timeout(limitMs), transferList: [] })
          .catch((error: unknown) => {
            if (error instanceof Error && error.name === 'AbortError') {
              throw new ImportError(
                'file_too_complex',
                `This file took longer than ${timeoutMs / 1000} s to read: it was stopped`,
              );
            }
            // A worker killed by its memory limit: the file asked for more than a posting ever needs.
            if (
              error instanceof Error &&
              /memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${error.message} ${(error as { code?: string }).code}`)
            ) {
              throw new ImportError(
                'file_too_complex',
                'This file needs more memory to read than a posting ever does: it was stopped',
              );
            }
            throw error;
          });
        if (outcome.ok) return outcome.result;
        if ('importError' in outcome) throw new ImportError(outcome.importError.code, outcome.importError.message);
        throw new Error(`The import worker failed: ${outcome.fault}`);
      } finally {
        inFlight -= 1;
      }
    },
    close: () => pool.close({ force: true }),
  };
}

let shared: ImportPool | undefined;

/** The process's one import pool, started on the first import. */
export function importPool(): ImportPool {
  shared ??= createImportPool();
  return shared;
}
