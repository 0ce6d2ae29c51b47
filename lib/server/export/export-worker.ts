// The export worker's entry: a worker thread of the export pool runs this for each job. Bundled on its own by
// scripts/build-export-worker.mjs (Next never sees it), so it must not import anything of app/ or Next.
import { RenderError } from '../render/render-error';
import { renderFormat } from '../render/render-format';
import type { ExportJob, ExportOutcome } from './export-job';
import { collectWhenIdle, memoryReducingCollection } from '../runtime/idle-collection';

// A burst of exports (a user's PDF then Word file) comes within a second. A collection takes ~110 ms of this
// thread (never the server's) and brings the worker's heap from ~140 MB back to ~60 MB.
const idle = collectWhenIdle(memoryReducingCollection(), 1_000);

export default async function renderExportJob(job: ExportJob): Promise<ExportOutcome> {
  idle.jobStarted();
  try {
    const { body } = await renderFormat(job.draft, job.format, { template: job.template, pageSize: job.pageSize });
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    return { ok: true, body: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch (error) {
    if (error instanceof RenderError) return { ok: false, renderError: { code: error.code, message: error.message } };
    return { ok: false, fault: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    idle.jobEnded();
  }
}
