import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The options of V8's `gc` extension (v8/src/extensions/gc-extension.cc). */
interface GcOptions {
  type?: 'major' | 'minor';
  execution?: 'sync' | 'async';
  /** 'last-resort' also gives the freed pages back to the system at once; 'regular' leaves that to V8's
   * memory reducer, which ran ~8 s later. */
  flavor?: 'regular' | 'last-resort';
}

/**
 * A full garbage collection that returns the freed memory to the system. Node offers V8's `gc` only behind
 * `--expose-gc`, a flag the export worker cannot be started with (a worker thread takes no V8 flags), so
 * it is set at run time and `gc` read from a fresh context, as Jest's leak detector does.
 */
export function memoryReducingCollection(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options?: GcOptions) => void;
  return () => gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/**
 * Calls `collect` once no job has started for `quietMs` after the last one ended. A few PDF renders or reads
 * leave ~80-150 MB of garbage in a worker's heap; V8 collects it only when the thread allocates again, so a
 * worker parked between bursts kept it for as long as it lived.
 */
export function collectWhenIdle(collect: () => void, quietMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    jobStarted() {
      clearTimeout(timer);
      timer = undefined;
    },
    jobEnded() {
      clearTimeout(timer);
      // Not unref'd: an idle worker's loop has no other reference, and an unref'd timer fired only when
      // something else woke the thread (seconds late). Piscina ends a thread with terminate(), timers or not.
      timer = setTimeout(collect, quietMs);
    },
  };
}
