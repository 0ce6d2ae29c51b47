import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<string, number>;

/** A run that failed may be tried again this many times in all, per route, before the bench fails. */
const MAX_FAILED_RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface LighthouseResult {
  runtimeError?: { code?: string; message?: string };
  runWarnings?: string[];
  categories: Record<string, { score: number | null } | undefined>;
  environment: { benchmarkIndex: number };
  audits?: Record<string, { numericValue?: number; details?: { items?: Record<string, unknown>[] } } | undefined>;
}

/** Where one run's main-thread time went: per script, per kind of work, and its long tasks (ms). */
export interface MainThreadBreakdown {
  /** bootup-time: per script, its total main-thread time, of it evaluation and parse/compile. */
  scripts: { script: string; totalMs: number; scriptingMs: number; parseCompileMs: number }[];
  /** mainthread-work-breakdown: per kind of work (script evaluation, style and layout, ...). */
  work: Record<string, number>;
  /** long-tasks: each task of 50 ms or more (as simulated on the throttled CPU), in order of start. */
  longTasks: { script: string; startMs: number; durationMs: number }[];
}

const itemsOf = (lhr: LighthouseResult, audit: string) => lhr.audits?.[audit]?.details?.items ?? [];
const ms = (value: unknown) => Math.round(Number(value) || 0);
/** A script's file name without the origin and build path, so the report stays readable. */
const scriptName = (url: unknown) =>
  String(url)
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/^\/_next\/static\//, '');

export function mainThreadBreakdown(lhr: LighthouseResult): MainThreadBreakdown {
  return {
    scripts: itemsOf(lhr, 'bootup-time').map((item) => ({
      script: scriptName(item.url),
      totalMs: ms(item.total),
      scriptingMs: ms(item.scripting),
      parseCompileMs: ms(item.scriptParseCompile),
    })),
    work: Object.fromEntries(
      itemsOf(lhr, 'mainthread-work-breakdown').map((item) => [
        String(item.groupLabel ?? item.group),
        ms(item.duration),
      ]),
    ),
    longTasks: itemsOf(lhr, 'long-tasks')
      .map((item) => ({ script: scriptName(item.url), startMs: ms(item.startTime), durationMs: ms(item.duration) }))
      .sort((a, b) => a.startMs - b.startMs),
  };
}

/**
 * Why a run cannot be scored, or null when it can. Lighthouse reports a page it could not load or paint
 * (NO_FCP, a timeout, a crashed tab) as a result with a runtime error and null scores; counted as 0, one
 * such run would drag a median down, so it is never counted.
 */
export function invalidRunReason(lhr: LighthouseResult): string | null {
  if (lhr.runtimeError?.code) return `${lhr.runtimeError.code}: ${lhr.runtimeError.message ?? ''}`.trim();
  const missing = categories.filter((c) => typeof lhr.categories[c]?.score !== 'number');
  return missing.length ? `no score for ${missing.join(', ')}` : null;
}

function scoresOf(lhr: LighthouseResult): Scores {
  return Object.fromEntries(
    categories.map((c) => [c === 'best-practices' ? 'bestPractices' : c, Math.round(lhr.categories[c]!.score! * 100)]),
  );
}

/** Total Blocking Time of a run in ms (what hydration costs the main thread), or NaN when not measured. */
const totalBlockingTime = (lhr: LighthouseResult) =>
  Math.round(lhr.audits?.['total-blocking-time']?.numericValue ?? NaN);

/** One run's timings (ms) behind its performance score, so a score that moves can be traced to what moved. */
export interface RunTimings {
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  speedIndexMs: number;
  /** The server's answer time as Lighthouse observed it; the simulation builds on it. */
  serverResponseMs: number;
}

export function runTimings(lhr: LighthouseResult): RunTimings {
  const metric = (audit: string) => Math.round(lhr.audits?.[audit]?.numericValue ?? NaN);
  return {
    firstContentfulPaintMs: metric('first-contentful-paint'),
    largestContentfulPaintMs: metric('largest-contentful-paint'),
    speedIndexMs: metric('speed-index'),
    serverResponseMs: metric('server-response-time'),
  };
}

/**
 * Lighthouse (mobile emulation and simulated throttling, its defaults) on each route, on the system
 * Chromium. Scores vary from run to run, as Lighthouse's own docs warn, so each route gets one discarded
 * warm-up run and then `runs` valid measured ones (`runsFor` may ask more of a route); the report gives the
 * median of each category and of Total Blocking Time, every performance score and TBT seen, and the runs
 * that failed and were run again. More than MAX_FAILED_RUNS failed runs on a route fail the bench. For the
 * routes in `breakdownFor` it adds where the main thread's time went in the median-TBT run (per script, per
 * kind of work, long tasks), to see what a change to hydration moved.
 */
export async function runLighthouse(
  baseUrl: string,
  routes: Record<string, string>,
  runs = 3,
  runsFor: Record<string, number> = {},
  breakdownFor: string[] = [],
) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const scores: Record<
    string,
    {
      median: Scores;
      totalBlockingTimeMs: number;
      performanceRuns: number[];
      totalBlockingTimeRuns: number[];
      benchmarkIndex: number;
      /** Each measured run's paint timings, in the order of performanceRuns. */
      timingRuns: RunTimings[];
      failedRuns: string[];
      /** For the routes in `breakdownFor`: the breakdown of the run whose TBT is the median. */
      mainThread?: MainThreadBreakdown;
    }
  > = {};
  try {
    for (const [name, path] of Object.entries(routes)) {
      const measured: Scores[] = [];
      const benchmarks: number[] = [];
      const blocking: number[] = [];
      const timings: RunTimings[] = [];
      const failedRuns: string[] = [];
      const breakdowns: MainThreadBreakdown[] = [];
      const wanted = runsFor[name] ?? runs;
      let warmedUp = false;
      while (measured.length < wanted) {
        const result = await lighthouse(baseUrl + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
        });
        if (!warmedUp) {
          warmedUp = true;
          continue;
        }
        const lhr = result?.lhr as LighthouseResult | undefined;
        const invalid = lhr ? invalidRunReason(lhr) : 'lighthouse gave no result';
        if (invalid || !lhr) {
          failedRuns.push(invalid ?? 'no result');
          if (failedRuns.length > MAX_FAILED_RUNS) {
            throw new Error(`lighthouse failed ${failedRuns.length} runs on ${path}: ${failedRuns.join(' | ')}`);
          }
          continue;
        }
        benchmarks.push(lhr.environment.benchmarkIndex);
        measured.push(scoresOf(lhr));
        blocking.push(totalBlockingTime(lhr));
        timings.push(runTimings(lhr));
        if (breakdownFor.includes(name)) breakdowns.push(mainThreadBreakdown(lhr));
      }
      const keys = Object.keys(measured[0]!);
      scores[name] = {
        median: Object.fromEntries(keys.map((k) => [k, median(measured.map((m) => m[k]!))])),
        totalBlockingTimeMs: median(blocking),
        performanceRuns: measured.map((m) => m.performance!),
        totalBlockingTimeRuns: blocking,
        benchmarkIndex: median(benchmarks),
        timingRuns: timings,
        failedRuns,
        ...(breakdowns.length ? { mainThread: breakdowns[blocking.indexOf(median(blocking))] } : {}),
      };
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
