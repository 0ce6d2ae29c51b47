// Every budget of the issues, in one place; `npm run bench` fails when a figure misses its budget.
export const budgets = {
  'render.markdown.p50Ms': { max: 2 },
  'render.html.p50Ms': { max: 2 },
  'render.text.p50Ms': { max: 2 },
  'render.pdf.p50Ms': { max: 300 },
  // The same render in each posting language (issue 23), on a full draft written in that language.
  'render.de.markdown.p50Ms': { max: 2 },
  'render.de.html.p50Ms': { max: 2 },
  'render.de.text.p50Ms': { max: 2 },
  'render.fr.markdown.p50Ms': { max: 2 },
  'render.fr.html.p50Ms': { max: 2 },
  'render.fr.text.p50Ms': { max: 2 },
  'render.es.markdown.p50Ms': { max: 2 },
  'render.es.html.p50Ms': { max: 2 },
  'render.es.text.p50Ms': { max: 2 },
  'render.nl.markdown.p50Ms': { max: 2 },
  'render.nl.html.p50Ms': { max: 2 },
  'render.nl.text.p50Ms': { max: 2 },
  'checks.p50Ms': { max: 5 },
  // POST /api/checks with the costliest valid drafts (test/support/hostile-drafts.ts): slowest p50, largest answer.
  'checks.worstCase.p50Ms': { max: 20 },
  'checks.worstCase.responseKb': { max: 64 },
  // Exports over HTTP, rendered in the worker pool: the slowest valid draft's PDF, a Word file, and the share
  // page's tail latency while four clients loop on the slowest PDF.
  'export.pdfWorstCase.p50Ms': { max: 1000 },
  'export.docx.p50Ms': { max: 100 },
  'export.previewWhilePdfs.p99Ms': { max: 150 },
  // Issue 19: GET …/versions/{a}/diff/{b} of the costliest valid pairs (test/support/hostile-diff-drafts.ts; no
  // word in common took 0.8–1.5 s), and the longest a catalog GET waits while ten of them run at once
  // (was 17 s). Both pair kinds count for the wait.
  'diff.hostile.p50Ms': { max: 50 },
  'diff.shuffled.p50Ms': { max: 100 },
  'diff.othersMaxWaitWhileDiffsMs': { max: 250 },
  // Issue 21: POST /api/import over HTTP. Pasted text (the 25 real postings of the corpus), Postwright's own
  // Word file and PDF read in the import worker pool, and the longest any other request waited while four
  // clients imported the costliest PDF the importer still reads (50 full pages).
  'import.text.p50Ms': { max: 50 },
  'import.docx.p50Ms': { max: 150 },
  'import.pdf.p50Ms': { max: 300 },
  'import.othersWhileImporting.maxMs': { max: 150 },
  // Issue 10: the builder's own weight (was 196.5 KB and Lighthouse 84).
  'firstLoadJsKb./build': { max: 150 },
  // Issue 21: "Start from an existing posting" is a page of its own (118 KB when it was added), so /build
  // carries none of it.
  'firstLoadJsKb./import': { max: 125 },
  'builder.previewKeystrokeToScreen.p50Ms': { max: 100 },
  // A flagged word typed into a field is marked there within 500 ms (was an e2e assertion).
  'builder.flaggedWordToMark.p95Ms': { max: 500 },
  'http.preview.requestsPerSecond': { min: 500 },
  'http.preview.p99Ms': { max: 200 },
  'http.create.requestsPerSecond': { min: 300 },
  'review.commentCreate.requestsPerSecond': { min: 300 },
  // Every create of the run answered 201 (not a refusal at the cap, which is cheaper and was most of it).
  'review.commentCreate.non2xx': { max: 0 },
  'review.page50Comments.requestsPerSecond': { min: 400 },
  'review.page50Comments.p99Ms': { max: 200 },
  // Issue 19: the reviewer's page of a posting at its comment cap (500 open, 2,000 in all, the longest
  // escape-heavy text): was 28 MB and 1.4-2.3 s a request. Under 1 MB, p99 under 300 ms at 16 connections,
  // and its render after a write (nothing kept) well under that.
  'review.pageAtCap.kb': { max: 1024 },
  'review.pageAtCap.p99Ms': { max: 300 },
  'review.pageAtCap.coldP50Ms': { max: 150 },
  'review.pageAtCap.errors': { max: 0 },
  // 60 s at 100 connections (share page, render, create): every answer a 2xx, and memory that levels off.
  // The bound: RSS at most 640 MB, and at most 160 MB more at the end than after the first tenth of the run
  // (a fresh server on this machine starts near 130 MB and its heap grows to ~450 MB under this load).
  'load.errors': { max: 0 },
  // The slowest single answer of the load run on an open connection: the server warms up before it listens,
  // SQLite commits and checkpoints off the request thread and a page not yet kept is rendered once, so nothing
  // should wait behind a cold route, a disk flush or a stampede for seconds. (A connection's first answer also
  // waits its turn to be accepted, which is libuv's pace, not the server's: reported as load.firstAnswerMaxMs.)
  'load.maxMs': { max: 1000 },
  // A burst of commits must leave the event loop free for other requests (scripts/bench/sqlite-commit-stall.ts).
  'sqlite.eventLoopMaxGapMs': { max: 250 },
  'load.peakRssMb': { max: 640 },
  'load.growthAfterWarmupMb': { max: 160 },
  'lighthouse./.accessibility': { min: 100 },
  'lighthouse./skills.accessibility': { min: 100 },
  'lighthouse./build.accessibility': { min: 100 },
  'lighthouse./p/{id}.accessibility': { min: 100 },
  // Issue 11: the script-free pages at 95 or more (they were 76-79 as App Router pages).
  'lighthouse./.performance': { min: 95 },
  'lighthouse./skills.performance': { min: 95 },
  'lighthouse./p/{id}.performance': { min: 95 },
  // Issue 19: the builder at 90 or more as the median of five runs, with at most 300 ms of Total Blocking Time
  // (it was 70-80 with 720 ms, most of it hydration).
  'lighthouse./build.performance': { min: 90 },
  'lighthouse./build.totalBlockingTimeMs': { max: 300 },
  // Issue 19: pages at the framework's speed. Each page's req/s over the ceiling's, a route handler answering a
  // constant string of the page's size in the same run (scripts/bench/pages-bench.ts): prerendered (/, /skills)
  // or sent from each version's cached HTML (/p/{id}, /jobs/{id}), with revocation and unpublishing still
  // read per request.
  'pages.home.ceilingRatio': { min: 0.8 },
  'pages.skills.ceilingRatio': { min: 0.8 },
  'pages.share.ceilingRatio': { min: 0.8 },
  'pages.job.ceilingRatio': { min: 0.8 },
  // The public jobs API with 300 published jobs: all of them on one page, and one job with its content.
  'jobs.list.requestsPerSecond': { min: 500 },
  'jobs.list.p99Ms': { max: 200 },
  'jobs.job.requestsPerSecond': { min: 500 },
  'jobs.job.p99Ms': { max: 200 },
  // The Open Graph card (GET /jobs/{id}/card.png): drawn once per published version, then served from memory.
  'jobs.card.buildP50Ms': { max: 300 },
  'jobs.card.requestsPerSecond': { min: 500 },
  // Publishing: the public job page, and both feeds with 1,000 published postings (rebuilt after a change / cached).
  'publish.jobPage.requestsPerSecond': { min: 500 },
  'publish.jobPage.p99Ms': { max: 200 },
  'publish.feeds.rebuiltP50Ms': { max: 200 },
  'publish.feeds.cachedP50Ms': { max: 10 },
  // Issue 19: both feeds with 300 long postings (~7 MB each), rebuilt after a publish (one request, to the last
  // byte, brotli); and the longest any other request waited meanwhile (it was 1.6 s, 2-4 s with 12 feed GETs).
  'feeds300.rebuildP50Ms': { max: 1000 },
  'feeds300.otherRequestMaxMs': { max: 250 },
} as const satisfies Record<string, { min?: number; max?: number }>;

export type BudgetKey = keyof typeof budgets;
