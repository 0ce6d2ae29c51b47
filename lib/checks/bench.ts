import { getRoleCatalog } from '../catalog';
import { exampleDraft } from '../draft/example-draft';
import { runChecks } from '.';

// `npm run bench` calls this; a timing is a measurement, not a unit test, so it lives here and not in a *.test.ts.

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

/** p50 and p95 of all checks on the full example draft, after a warm-up, in milliseconds. */
export function benchChecks(
  iterations = 1000,
  options: { renderedText?: string } = {},
): { p50Ms: number; p95Ms: number } {
  const catalog = getRoleCatalog(exampleDraft.roleId);
  if (!catalog) throw new Error(`No catalog for ${exampleDraft.roleId}`);
  const input = { catalog, renderedText: options.renderedText, today: new Date('2026-11-24T12:00:00Z') };
  for (let i = 0; i < Math.ceil(iterations / 10); i++) runChecks(exampleDraft, input);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    runChecks(exampleDraft, input);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const round = (ms: number) => Number(ms.toFixed(3));
  return { p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)) };
}
