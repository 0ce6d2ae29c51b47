// The import worker's entry: a worker thread of the import pool runs this for each job. Bundled on its own by
// scripts/build-export-worker.mjs (Next never sees it), so it must not import anything of app/ or Next.
import type { ImportJob, ImportOutcome } from './import-job';
import { ImportError } from './import-error';
import { importFile } from './import-file';
import { collectWhenIdle, memoryReducingCollection } from '../runtime/idle-collection';

// Reading a long PDF leaves tens of MB of garbage in this thread's heap, which it would keep until its idle
// timeout ends the thread (30 s): collected a second after the last job of a burst, as the export worker does.
const idle = collectWhenIdle(memoryReducingCollection(), 1_000);

export default async function runImportJob(job: ImportJob): Promise<ImportOutcome> {
  idle.jobStarted();
  try {
    return { ok: true, result: await importFile(job.kind, job.bytes) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, importError: { code: error.code, message: error.message } };
    return { ok: false, fault: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    idle.jobEnded();
  }
}
