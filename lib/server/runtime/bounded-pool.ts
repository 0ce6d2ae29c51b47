import '#server-only';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';

// The one shape of the app's worker pools (exports, imports): work that would stall the request thread runs in
// worker threads, one per core but the one the server keeps for itself, behind a queue of bounded length, each
// job stopped after a time limit.

export interface BoundedPoolOptions {
  /** Worker threads; by default one per core but one, at least one. */
  threads?: number;
  /** Jobs that may wait for a thread; beyond it, the pool's busy error. */
  maxQueue?: number;
  /** How long a job may take before it is stopped (its thread replaced). */
  timeoutMs?: number;
  /** The bundled worker module. */
  filename?: string;
}

export interface BoundedPoolKind {
  filename: () => string;
  queuePerThread: number;
  timeoutMs: number;
  minThreads: number;
  idleTimeout: number;
  /** A job past these ends its own thread, never the server. */
  resourceLimits: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number };
}

export interface BoundedRun {
  /** The error to throw when threads and queue are full, given the jobs in flight. */
  busy(inFlight: number): Error;
  /** The job's time limit, given the jobs in flight before it. */
  limitMs(inFlight: number): number;
  /** What to throw for an error of the pool (a stopped or crashed worker). */
  failed(error: unknown): unknown;
  transferList?: [];
}

/** An error of a job stopped by its time limit. */
export const isAbortError = (error: unknown) => error instanceof Error && error.name === 'AbortError';

export function createBoundedPool<Job, Outcome>(options: BoundedPoolOptions, kind: BoundedPoolKind) {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const maxQueue = options.maxQueue ?? threads * kind.queuePerThread;
  const timeoutMs = options.timeoutMs ?? kind.timeoutMs;
  const pool = new Piscina<Job, Outcome>({
    filename: options.filename ?? kind.filename(),
    minThreads: kind.minThreads,
    maxThreads: threads,
    // Our own count below refuses work first; piscina's queue never fills.
    maxQueue: maxQueue + threads,
    concurrentTasksPerWorker: 1,
    // 'sync' parks an idle worker in Atomics.wait: its event loop stops, so neither its idle collection
    // (export-worker.ts) nor V8's own delayed tasks ran, and a worker kept ~150 MB of garbage between bursts.
    atomics: 'async',
    idleTimeout: kind.idleTimeout,
    // Jobs run at a lower CPU priority than the server's own thread, so pages keep answering while they run.
    niceIncrement: 10,
    resourceLimits: kind.resourceLimits,
  });
  let inFlight = 0;

  return {
    threads,
    maxQueue,
    timeoutMs,
    get inFlight() {
      return inFlight;
    },
    async run(job: Job, { busy, limitMs, failed, transferList }: BoundedRun): Promise<Outcome> {
      if (inFlight >= threads + maxQueue) throw busy(inFlight);
      const signal = AbortSignal.timeout(limitMs(inFlight));
      inFlight += 1;
      try {
        return await pool.run(job, { signal, transferList }).catch((error: unknown) => {
          throw failed(error);
        });
      } finally {
        inFlight -= 1;
      }
    },
    /** Each worker thread's V8 heap, in bytes. */
    async heapBytes() {
      const heaps = await Promise.all(pool.threads.map((thread) => thread.getHeapStatistics()));
      return heaps.map((heap) => heap.total_heap_size);
    },
    close: () => pool.close({ force: true }),
  };
}
