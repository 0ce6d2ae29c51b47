// npm run bench: every figure of the issues in one JSON report, each with its budget; exits 1 on a miss.
// Options (env): BENCH_BUILD=1 rebuilds first;
// BENCH_SKIP=render,renderlang,sqlite,checks,http,pages,review,reviewcap,diff,exports,import,load,preview,lighthouse,jobs,feeds-300,publish skips parts;
// BENCH_LOAD_SECONDS (default 60); BENCH_PORT; BENCH_LIGHTHOUSE_ROUTES=/build,/import runs Lighthouse on those
// routes only (to measure one page quickly).
import { mkdirSync, writeFileSync } from 'node:fs';
import { budgets, type BudgetKey } from './budgets';
import { measureFirstLoadJs } from './first-load-js';
import { createExamplePosting } from './example-posting';
import { benchChecksHttp } from './checks-bench';
import { benchDiffs } from './diff-bench';
import { benchHttp } from './http-bench';
import { benchPages } from './pages-bench';
import { loadMix } from './load-mix';
import { measureMarkLatency } from './mark-latency';
import { measurePreviewLatency } from './preview-latency';
import { benchJobsApi } from './jobs-api-bench';
import { benchFeedRebuild, benchPublishing } from './publish-bench';
import { runLighthouse } from './lighthouse-bench';
import { benchRenderAndChecks } from './render-bench';
import { benchRenderLanguages } from './render-language-bench';
import { benchExports } from './export-bench';
import { benchImport } from './import-bench';
import { benchReview } from './review-bench';
import { benchReviewAtCap } from './review-cap-bench';
import { startProductionServer } from './server';
import { measureSqliteCommitStall } from './sqlite-commit-stall';
import { round } from './stats';

/** The routes BENCH_LIGHTHOUSE_ROUTES names (all when unset); a name that is no route stops the bench. */
function lighthouseRoutes(routes: Record<string, string>): Record<string, string> {
  const wanted = (process.env.BENCH_LIGHTHOUSE_ROUTES ?? '').split(',').filter(Boolean);
  const unknown = wanted.filter((name) => !(name in routes));
  if (unknown.length) {
    throw new Error(`BENCH_LIGHTHOUSE_ROUTES: no such route ${unknown.join(', ')} (${Object.keys(routes).join(', ')})`);
  }
  return wanted.length ? Object.fromEntries(wanted.map((name) => [name, routes[name]!])) : routes;
}

const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const figures: Partial<Record<BudgetKey, number>> = {};
const report: Record<string, unknown> = {
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version, date: new Date().toISOString() },
};

const server = await startProductionServer({
  port: Number(process.env.BENCH_PORT ?? 3300),
  build: process.env.BENCH_BUILD === '1',
});
try {
  const previewPath = await createExamplePosting(server.baseUrl);
  if (!skip.has('checks')) {
    const checks = await benchChecksHttp(server.baseUrl);
    report.checksHttp = { ...checks, settings: 'POST /api/checks, one request at a time, 40 after 10 warm-up' };
    figures['checks.worstCase.p50Ms'] = checks.worstCase.p50Ms;
    figures['checks.worstCase.responseKb'] = checks.worstCase.responseKb;
  }
  if (!skip.has('http')) {
    const http = await benchHttp(server.baseUrl, previewPath);
    report.http = {
      preview: http.preview,
      create: http.create,
      settings: '10 s, 50 connections, 127.0.0.1, production build',
    };
    figures['http.preview.requestsPerSecond'] = http.preview.requestsPerSecond;
    figures['http.preview.p99Ms'] = http.preview.p99Ms;
    figures['http.create.requestsPerSecond'] = http.create.requestsPerSecond;
  }
  if (!skip.has('pages')) {
    const pages = await benchPages(server.baseUrl);
    report.pages = { ...pages, settings: '8 s each, 50 connections, 127.0.0.1; ratio = page req/s ÷ ceiling req/s' };
    figures['pages.home.ceilingRatio'] = pages.pages['/']!.ratio;
    figures['pages.skills.ceilingRatio'] = pages.pages['/skills']!.ratio;
    figures['pages.share.ceilingRatio'] = pages.pages['/p/{id}']!.ratio;
    figures['pages.job.ceilingRatio'] = pages.pages['/jobs/{id}']!.ratio;
  }
  if (!skip.has('review')) {
    const review = await benchReview(server.baseUrl);
    report.review = { ...review, settings: '10 s, 50 connections, 127.0.0.1, production build' };
    figures['review.commentCreate.requestsPerSecond'] = review.commentCreate.requestsPerSecond;
    figures['review.commentCreate.non2xx'] = review.commentCreate.non2xx;
    figures['review.page50Comments.requestsPerSecond'] = review.reviewPage.requestsPerSecond;
    figures['review.page50Comments.p99Ms'] = review.reviewPage.p99Ms;
  }
  if (!skip.has('diff')) {
    const diffs = await benchDiffs(server.baseUrl, server.pid);
    report.diff = diffs;
    figures['diff.hostile.p50Ms'] = diffs.hostile.p50Ms;
    figures['diff.shuffled.p50Ms'] = diffs.shuffled.p50Ms;
    figures['diff.othersMaxWaitWhileDiffsMs'] = Math.max(
      diffs.whileHostileDiffs.othersMaxWaitMs,
      diffs.whileShuffledDiffs.othersMaxWaitMs,
    );
  }
  if (!skip.has('reviewcap')) {
    const atCap = await benchReviewAtCap(server.baseUrl);
    report.reviewAtCap = atCap;
    figures['review.pageAtCap.kb'] = round(atCap.pageBytes / 1024, 1);
    figures['review.pageAtCap.p99Ms'] = atCap.reviewPage.p99Ms;
    figures['review.pageAtCap.coldP50Ms'] = atCap.coldRender.p50Ms;
    figures['review.pageAtCap.errors'] = atCap.reviewPage.non2xx + atCap.reviewPage.errors;
  }
  if (!skip.has('exports')) {
    const exports = await benchExports(server.baseUrl, server.pid, previewPath);
    report.exports = exports;
    figures['export.pdfWorstCase.p50Ms'] = exports.worstCasePdf.p50Ms;
    figures['export.docx.p50Ms'] = exports.docx.p50Ms;
    figures['export.previewWhilePdfs.p99Ms'] = exports.previewWhilePdfs.p99Ms;
  }
  if (!skip.has('load')) {
    const load = await loadMix(server.baseUrl, server.pid, previewPath, {
      duration: Number(process.env.BENCH_LOAD_SECONDS ?? 60),
    });
    report.load = load;
    figures['load.errors'] = load.errors + load.non2xx;
    figures['load.maxMs'] = load.maxMs;
    figures['load.peakRssMb'] = load.memory.peakRssMb;
    figures['load.growthAfterWarmupMb'] = load.memory.growthAfterWarmupMb;
  } // After the load run: the import pool's threads stay for 30 s after the last import (a PDF reader each),
  // which would count in the load run's memory, a figure about the load mix.
  if (!skip.has('import')) {
    const imports = await benchImport(server.baseUrl, previewPath);
    report.import = imports;
    figures['import.text.p50Ms'] = imports.text.p50Ms;
    figures['import.docx.p50Ms'] = imports.docx.p50Ms;
    figures['import.pdf.p50Ms'] = imports.pdf.p50Ms;
    figures['import.othersWhileImporting.maxMs'] = imports.othersWhileImporting.maxMs;
  }

  const routes = { '/': '/', '/skills': '/skills', '/build': '/build', '/import': '/import', '/p/{id}': previewPath };
  const firstLoad = await measureFirstLoadJs(server.baseUrl, routes);
  report.firstLoadJs = firstLoad;
  for (const [route, value] of Object.entries(firstLoad)) {
    if (`firstLoadJsKb.${route}` in budgets) figures[`firstLoadJsKb.${route}` as BudgetKey] = value.kb;
  }
  if (!skip.has('preview')) {
    const latency = await measurePreviewLatency(server.baseUrl);
    report.previewLatency = { ...latency, what: 'keystroke in the builder to the painted live preview' };
    figures['builder.previewKeystrokeToScreen.p50Ms'] = latency.p50Ms;
    const marks = await measureMarkLatency(server.baseUrl);
    report.markLatency = { ...marks, what: 'last key of a flagged word in the builder to its painted mark' };
    figures['builder.flaggedWordToMark.p95Ms'] = marks.p95Ms;
  }
  if (!skip.has('lighthouse')) {
    // The builder's score moves most from run to run (hydration on a throttled CPU): five runs, not three,
    // and where its main-thread time went.
    const scores = await runLighthouse(server.baseUrl, lighthouseRoutes(routes), 3, { '/build': 5 }, ['/build']);
    report.lighthouse = scores;
    if (scores['/build']) figures['lighthouse./build.totalBlockingTimeMs'] = scores['/build'].totalBlockingTimeMs;
    for (const [route, s] of Object.entries(scores)) {
      for (const [category, score] of Object.entries(s.median)) {
        const key = `lighthouse.${route}.${category}`;
        if (key in budgets) figures[key as BudgetKey] = score;
      }
    }
  }
  // It publishes 300 postings and takes them down again when done.
  if (!skip.has('jobs')) {
    const jobsApi = await benchJobsApi(server.baseUrl);
    report.jobsApi = {
      ...jobsApi,
      settings:
        '300 published jobs: the default page (100), and all 300 on one page (reported); 10 s, 50 connections each; the Open Graph card: first request of 20 jobs (drawn), then served',
    };
    figures['jobs.list.requestsPerSecond'] = jobsApi.list.requestsPerSecond;
    figures['jobs.list.p99Ms'] = jobsApi.list.p99Ms;
    figures['jobs.job.requestsPerSecond'] = jobsApi.job.requestsPerSecond;
    figures['jobs.job.p99Ms'] = jobsApi.job.p99Ms;
    figures['jobs.card.buildP50Ms'] = jobsApi.card.build.p50Ms;
    figures['jobs.card.requestsPerSecond'] = jobsApi.card.served.requestsPerSecond;
  }
  // Unpublishes its 300 postings when done, so the publish part still measures its own 1,000.
  if (!skip.has('feeds-300')) {
    const feeds300 = await benchFeedRebuild(server.baseUrl);
    report.feeds300 = {
      ...feeds300,
      settings: '300 long postings; each round publishes one, then GETs the feeds (br) while robots.txt is timed',
    };
    figures['feeds300.rebuildP50Ms'] = feeds300.rebuildP50Ms;
    figures['feeds300.otherRequestMaxMs'] = feeds300.otherRequestMaxMs;
  }
  // Last: it publishes 1,000 postings, which the other parts should not see.
  if (!skip.has('publish')) {
    const publishing = await benchPublishing(server.baseUrl);
    report.publishing = { ...publishing, settings: 'job page: 10 s, 50 connections; feeds: 1,000 published postings' };
    figures['publish.jobPage.requestsPerSecond'] = publishing.jobPage.requestsPerSecond;
    figures['publish.jobPage.p99Ms'] = publishing.jobPage.p99Ms;
    figures['publish.feeds.rebuiltP50Ms'] = publishing.feedUncachedP50Ms;
    figures['publish.feeds.cachedP50Ms'] = publishing.feedCachedP50Ms;
  }
} finally {
  server.stop();
}

// In process, after the server parts: the garbage of 1,000s of renders in this process would otherwise be
// collected while autocannon, in this same process, timed the server's answers.
if (!skip.has('render')) {
  const inProcess = await benchRenderAndChecks();
  report.render = inProcess.render;
  report.checks = inProcess.checks;
  figures['render.markdown.p50Ms'] = inProcess.render.markdown.p50Ms;
  figures['render.html.p50Ms'] = inProcess.render.html.p50Ms;
  figures['render.text.p50Ms'] = inProcess.render.text.p50Ms;
  figures['render.pdf.p50Ms'] = inProcess.render.pdf.p50Ms;
  figures['checks.p50Ms'] = inProcess.checks.p50Ms;
}
if (!skip.has('renderlang')) {
  const languages = await benchRenderLanguages();
  report.renderLanguages = languages.results;
  Object.assign(figures, languages.figures);
}
if (!skip.has('sqlite')) {
  const commitStall = await measureSqliteCommitStall();
  report.sqliteCommitStall = commitStall;
  figures['sqlite.eventLoopMaxGapMs'] = commitStall.eventLoopMaxGapMs;
}

const results = Object.entries(budgets).map(([key, budget]) => {
  const value = figures[key as BudgetKey];
  const b = budget as { min?: number; max?: number };
  const pass =
    value === undefined ? null : (b.min === undefined || value >= b.min) && (b.max === undefined || value <= b.max);
  return { figure: key, value: value ?? null, budget: b.min !== undefined ? `>= ${b.min}` : `<= ${b.max}`, pass };
});
report.budgets = results;
const missed = results.filter((r) => r.pass === false);
report.verdict = missed.length
  ? `MISSED ${missed.length} budget(s): ${missed.map((m) => m.figure).join(', ')}`
  : 'all measured budgets met';

const json = JSON.stringify(report, null, 2);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', json);
console.log(json);
process.exit(missed.length ? 1 : 0);
