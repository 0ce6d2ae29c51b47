import '#server-only';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { PoolBusyError } from '../process/pool-busy';
import { distWorkerFile } from '../process/worker-file';
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

export interface ExportPoolOptions {
  /** Worker threads; by default one per core but one, at least one. */
  threads?: number;
  /** Jobs that may wait for a thread; beyond it, ExportBusyError. By default four per thread. */
  maxQueue?: number;
  /** A job not done this long after it was queued is stopped (its thread replaced) and answered as busy. */
  timeoutMs?: number;
  /** The bundled worker module (dist/export-worker.mjs). */
  filename?: string;
}

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
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const maxQueue = options.maxQueue ?? threads * 4;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const pool = new Piscina<ExportJob, ExportOutcome>({
    filename: options.filename ?? exportWorkerFile(),
    minThreads: 1,
    maxThreads: threads,
    // Our own count below refuses work first; piscina's queue never fills.
    maxQueue: maxQueue + threads,
    concurrentTasksPerWorker: 1,
    // 'sync' parks an idle worker in Atomics.wait: its event loop stops, so neither its idle collection
    // (export-worker.ts) nor V8's own delayed tasks ran, and a worker kept ~150 MB of garbage between bursts.
    atomics: 'async',
    idleTimeout: 60_000,
    // Exports run at a lower CPU priority than the server's own thread, so pages keep answering while they run.
    niceIncrement: 10,
    // A runaway render ends its own thread, never the server.
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 48 },
  });
  let inFlight = 0;
  // A moving average of how long a job takes, for an honest Retry-After.
  let averageMs = 500;

  return {
    async run(job) {
      if (inFlight >= threads + maxQueue) {
        const seconds = Math.ceil(((inFlight / threads) * averageMs) / 1000);
        throw new ExportBusyError(Math.min(30, Math.max(1, seconds)));
      }
      inFlight += 1;
      const started = performance.now();
      try {
        const outcome = await pool.run(job, { signal: AbortSignal.timeout(timeoutMs) }).catch((error: unknown) => {
          if (error instanceof Error && error.name === 'AbortError') throw new ExportBusyError(5);
          throw error;
        });
        averageMs = averageMs * 0.8 + (performance.now() - started) * 0.2;
        if (outcome.ok) return outcome.body;
        if ('renderError' in outcome) {
          throw new RenderError(outcome.renderError.code as RenderError['code'], outcome.renderError.message);
        }
        throw new Error(`The export worker failed: ${outcome.fault}`);
      } finally {
        inFlight -= 1;
      }
    },
    get stats() {
      const running = Math.min(inFlight, threads);
      return { threads, maxQueue, running, waiting: inFlight - running };
    },
    async heapBytes() {
      const heaps = await Promise.all(pool.threads.map((thread) => thread.getHeapStatistics()));
      return heaps.map((heap) => heap.total_heap_size);
    },
    close: () => pool.close({ force: true }),
  };
}

let shared: ExportPool | undefined;

/** The process's one export pool, started on the first export. */
export function exportPool(): ExportPool {
  shared ??= createExportPool();
  return shared;
}
