import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<string, number>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Lighthouse (mobile emulation and simulated throttling, its defaults) on each route, on the system
 * Chromium. Scores vary from run to run, as Lighthouse's own docs warn, so each route gets one discarded
 * warm-up run and then `runs` measured ones; the report gives the median of each category and every
 * performance score seen.
 */
export async function runLighthouse(baseUrl: string, routes: Record<string, string>, runs = 3) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const scores: Record<string, { median: Scores; performanceRuns: number[]; benchmarkIndex: number }> = {};
  try {
    for (const [name, path] of Object.entries(routes)) {
      const measured: Scores[] = [];
      const benchmarks: number[] = [];
      for (let run = 0; run <= runs; run++) {
        const result = await lighthouse(baseUrl + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`lighthouse gave no result for ${path}`);
        if (run === 0) continue; // warm-up
        benchmarks.push(lhr.environment.benchmarkIndex);
        measured.push(
          Object.fromEntries(
            categories.map((c) => [
              c === 'best-practices' ? 'bestPractices' : c,
              Math.round((lhr.categories[c]?.score ?? 0) * 100),
            ]),
          ),
        );
      }
      const keys = Object.keys(measured[0]!);
      scores[name] = {
        median: Object.fromEntries(keys.map((k) => [k, median(measured.map((m) => m[k]!))])),
        performanceRuns: measured.map((m) => m.performance!),
        benchmarkIndex: median(benchmarks),
      };
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
