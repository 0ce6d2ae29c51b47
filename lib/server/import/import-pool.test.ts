import { afterAll, describe, expect, it } from 'vitest';
import { worstCasePdf } from './__fixtures__/hostile-files';
import { createImportPool } from './import-pool';

// The pool runs the same bundle as production (dist/import-worker.mjs, built by the tests' global setup).
describe('import pool', () => {
  const pool = createImportPool({ threads: 1 });
  afterAll(() => pool.close());

  it("gives a worker's memory back once imports stop", async () => {
    const worst = worstCasePdf();
    // A burst, as the bench's importing clients send: each job leaves its garbage behind.
    for (let i = 0; i < 4; i++) await pool.run({ kind: 'pdf', bytes: worst });
    const [afterBurst] = await pool.heapBytes();
    expect(afterBurst).toBeGreaterThan(40 * 1024 * 1024);
    // Without its idle collection the thread kept it until piscina ended it, 30 s later.
    await expect
      .poll(async () => (await pool.heapBytes())[0], { timeout: 10_000, interval: 250 })
      .toBeLessThan(afterBurst! * 0.6);
  }, 60_000);
});
