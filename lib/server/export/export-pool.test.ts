import { afterAll, describe, expect, it } from 'vitest';
import { exampleDraft } from '../../shared/draft/example-draft';
import { WORST_CASE_PDF_DRAFTS } from '../render/__fixtures__/worst-case-drafts';
import { RenderError } from '../render/render-error';
import { createExportPool, ExportBusyError } from './export-pool';

// The pool runs the same bundle as production (dist/export-worker.mjs, built by the tests' global setup).
const pool = createExportPool({ threads: 1, maxQueue: 1 });
afterAll(() => pool.close());

describe('export pool', () => {
  it('renders PDF and Word files in a worker thread', async () => {
    const pdf = await pool.run({ format: 'pdf', draft: exampleDraft, pageSize: 'LETTER' });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await pool.run({ format: 'docx', draft: exampleDraft });
    expect(Buffer.from(docx).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('takes one job per thread plus its queue, and refuses the rest at once with a time to come back', async () => {
    const jobs = Array.from({ length: 5 }, () => pool.run({ format: 'pdf', draft: exampleDraft }));
    const settled = await Promise.allSettled(jobs);
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(2);
    const refused = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    expect(refused).toHaveLength(3);
    for (const { reason } of refused) {
      expect(reason).toBeInstanceOf(ExportBusyError);
      expect((reason as ExportBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    expect(pool.stats).toMatchObject({ running: 0, waiting: 0 });
  }, 60_000);

  it('brings a render error back across the thread as a RenderError', async () => {
    const job = pool.run({ format: 'docx', draft: exampleDraft, template: 'no-such-template' });
    await expect(job).rejects.toBeInstanceOf(RenderError);
    await expect(job).rejects.toThrow('Unknown template "no-such-template"');
  }, 60_000);

  it("gives a worker's memory back once exports stop", async () => {
    // Its own pool: a fresh worker, so the heap measured is this render's.
    const own = createExportPool({ threads: 1 });
    try {
      await own.run({ format: 'pdf', draft: WORST_CASE_PDF_DRAFTS.unicode! });
      const [afterRender] = await own.heapBytes();
      expect(afterRender).toBeGreaterThan(80 * 1024 * 1024);
      // A worker parked in Atomics.wait (piscina's default) or never collecting kept every byte.
      await expect
        .poll(async () => (await own.heapBytes())[0], { timeout: 10_000, interval: 250 })
        .toBeLessThan(afterRender! * 0.6);
    } finally {
      await own.close();
    }
  }, 60_000);
});
