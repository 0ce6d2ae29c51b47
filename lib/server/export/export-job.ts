import type { Draft } from '../../shared/draft/draft-schema';
import type { PdfPageSize, WorkerFormat } from '../render/format';

/** One render for the export worker pool: plain data, copied to the worker thread. */
export interface ExportJob {
  format: WorkerFormat;
  draft: Draft;
  /** The template to render with (the draft's own when absent). */
  template?: string;
  /** PDF only. */
  pageSize?: PdfPageSize;
}

/**
 * What a worker answers. Errors cross the thread boundary as data: a thrown RenderError would arrive as a
 * plain Error, and the route could no longer tell a client's unknown template (404) from a fault (500).
 */
export type ExportOutcome =
  | { ok: true; body: Uint8Array }
  | { ok: false; renderError: { code: string; message: string } }
  | { ok: false; fault: string };
