import { performance } from 'node:perf_hooks';

// Long work on the request thread (a feed of hundreds of jobs) runs in slices: after each step the caller
// asks `pause()`, which gives the event loop a turn (setImmediate: after pending I/O, so other requests are
// read and answered) once the current slice has run `sliceMs`. A slice is then at most `sliceMs` plus one
// step; yielding after every step instead would cost a turn per job element even when they are cache hits.

export const DEFAULT_SLICE_MS = 4;

export interface TimeSlices {
  /** Resolves at once while the slice has time left, after one event-loop turn otherwise. */
  pause(): Promise<void> | undefined;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function timeSlices(sliceMs = DEFAULT_SLICE_MS): TimeSlices {
  let sliceStart = performance.now();
  return {
    pause() {
      if (performance.now() - sliceStart < sliceMs) return undefined;
      return nextTurn().then(() => {
        sliceStart = performance.now();
      });
    },
  };
}
