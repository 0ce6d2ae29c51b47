import '#server-only';
import { createBoundedPool, isAbortError, type BoundedPoolOptions } from '../runtime/bounded-pool';
import { PoolBusyError } from '../runtime/pool-busy';
import { distWorkerFile } from '../runtime/worker-file';
import { RenderError } from '../render/render-error';
import type { ExportJob, ExportOutcome } from './export-job';

// PDF layout takes from ~0.1 s (a usual posting) to ~1 s (the worst valid draft) of one core. Done on the
// request thread, it stalled every other request for that long; here it runs in worker threads, one per core
// but the one the server keeps for itself, behind a queue of bounded length.

/** The export pool is full: the client should come back in `retryAfterSeconds`. */
export class ExportBusyError extends PoolBusyError {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds, `Too many exports are being rendered: try again in ${retryAfterSeconds} s`);
    this.name = 'ExportBusyError';
  }
}

export type ExportPoolOptions = BoundedPoolOptions;

export interface ExportPool {
  run(job: ExportJob): Promise<Uint8Array>;
  readonly stats: { threads: number; maxQueue: number; running: number; waiting: number };
  /** Each worker thread's V8 heap, in bytes (what the server holds for exports). */
  heapBytes(): Promise<number[]>;
  close(): Promise<void>;
}

/** The export worker's bundle (dist/export-worker.mjs). */
export const exportWorkerFile = (): string => distWorkerFile('export-worker.mjs');

export function createExportPool(options: ExportPoolOptions = {}): ExportPool {
  const pool = createBoundedPool<ExportJob, ExportOutcome>(options, {
    filename: exportWorkerFile,
    queuePerThread: 4,
    timeoutMs: 60_000,
    minThreads: 1,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 48 },
  });
  const { threads, maxQueue } = pool;
  // A moving average of how long a job takes, for an honest Retry-After.
  let averageMs = 500;

  return {
    async run(job) {
      const started = performance.now();
      const outcome = await pool.run(job, {
        busy: (inFlight) => {
          const seconds = Math.ceil(((inFlight / threads) * averageMs) / 1000);
          return new ExportBusyError(Math.min(30, Math.max(1, seconds)));
        },
        limitMs: () => pool.timeoutMs,
        failed: (error) => (isAbortError(error) ? new ExportBusyError(5) : error),
      });
      averageMs = averageMs * 0.8 + (performance.now() - started) * 0.2;
      if (outcome.ok) return outcome.body;
      if ('renderError' in outcome) {
        throw new RenderError(outcome.renderError.code as RenderError['code'], outcome.renderError.message);
      }
      throw new Error(`The export worker failed: ${outcome.fault}`);
    },
    get stats() {
      const running = Math.min(pool.inFlight, threads);
      return { threads, maxQueue, running, waiting: pool.inFlight - running };
    },
    heapBytes: pool.heapBytes,
    close: pool.close,
  };
}

let shared: ExportPool | undefined;

/** The process's one export pool, started on the first export. */
export function exportPool(): ExportPool {
  shared ??= createExportPool();
  return shared;
}
