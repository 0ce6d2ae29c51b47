import { describe, expect, it } from 'vitest';
import { invalidRunReason, mainThreadBreakdown, runTimings } from '../../scripts/bench/lighthouse-bench';

const scored = (score: number | null) => ({
  categories: {
    performance: { score },
    accessibility: { score: 1 },
    'best-practices': { score: 1 },
    seo: { score: 1 },
  },
  environment: { benchmarkIndex: 1000 },
});

describe('invalidRunReason', () => {
  it('accepts a run with every score, a low one included', () => {
    expect(invalidRunReason(scored(0.84))).toBeNull();
    expect(invalidRunReason(scored(0))).toBeNull();
  });

  it('refuses a run with a runtime error or a missing score, so it never enters a median', () => {
    expect(invalidRunReason({ ...scored(null), runtimeError: { code: 'NO_FCP', message: 'No paint' } })).toMatch(
      /^NO_FCP/,
    );
    expect(invalidRunReason(scored(null))).toBe('no score for performance');
  });
});

describe('mainThreadBreakdown', () => {
  it('names each script by its build path, rounds to ms and puts long tasks in order of start', () => {
    const lhr = {
      ...scored(0.9),
      audits: {
        'bootup-time': {
          details: {
            items: [
              {
                url: 'http://127.0.0.1:3300/_next/static/chunks/pages/build-abc.js',
                total: 812.4,
                scripting: 700.6,
                scriptParseCompile: 20.2,
              },
            ],
          },
        },
        'mainthread-work-breakdown': {
          details: { items: [{ group: 'scriptEvaluation', groupLabel: 'Script Evaluation', duration: 1200.5 }] },
        },
        'long-tasks': {
          details: {
            items: [
              { url: 'http://127.0.0.1:3300/_next/static/chunks/b.js', startTime: 900, duration: 120.4 },
              { url: 'http://127.0.0.1:3300/build', startTime: 300.2, duration: 64 },
            ],
          },
        },
      },
    };
    expect(mainThreadBreakdown(lhr)).toEqual({
      scripts: [{ script: 'chunks/pages/build-abc.js', totalMs: 812, scriptingMs: 701, parseCompileMs: 20 }],
      work: { 'Script Evaluation': 1201 },
      longTasks: [
        { script: '/build', startMs: 300, durationMs: 64 },
        { script: 'chunks/b.js', startMs: 900, durationMs: 120 },
      ],
    });
  });

  it('gives empty lists for a run without those audits', () => {
    expect(mainThreadBreakdown(scored(0.9))).toEqual({ scripts: [], work: {}, longTasks: [] });
  });
});

describe('runTimings', () => {
  it('reads the paint timings and the server answer time, rounded to ms', () => {
    const lhr = {
      ...scored(0.94),
      audits: {
        'first-contentful-paint': { numericValue: 1803.6 },
        'largest-contentful-paint': { numericValue: 2950.2 },
        'speed-index': { numericValue: 1803.6 },
        'server-response-time': { numericValue: 41.4 },
      },
    };
    expect(runTimings(lhr)).toEqual({
      firstContentfulPaintMs: 1804,
      largestContentfulPaintMs: 2950,
      speedIndexMs: 1804,
      serverResponseMs: 41,
    });
  });
});
