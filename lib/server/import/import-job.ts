import type { ImportResult } from '../../shared/import/import-contract';
import type { ImportErrorCode } from './import-error';
import type { FileKind } from './read/file-kind';

/** One import for the worker pool: plain data, copied to the worker thread. */
export interface ImportJob {
  kind: FileKind;
  bytes: Uint8Array;
}

/** Errors cross the thread boundary as data, so the route can still tell a bad file (4xx) from a fault. */
export type ImportOutcome =
  | { ok: true; result: ImportResult }
  | { ok: false; importError: { code: ImportErrorCode; message: string } }
  | { ok: false; fault: string };
