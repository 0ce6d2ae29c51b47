import autocannon from 'autocannon';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { createPostingOn, publishOn } from '../server-postings.mjs';
import { loadSummary } from './load-summary';

// The script-free pages against the ceiling: the thinnest route handler of the same build answering a constant
// string of the page's size (app/api/bench/ceiling/route.bench.ts). A page served from its prerendered or
// cached HTML should come near it; one rendered through React per request does not (~0.5).

const CEILING = '/api/bench/ceiling';

async function bodyBytes(url: string): Promise<number> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return (await response.arrayBuffer()).byteLength;
}

async function run(url: string, duration: number, connections: number) {
  // Warm the route: its first answers fill caches and the JIT.
  for (let i = 0; i < 50; i++) await (await fetch(url)).arrayBuffer();
  const summary = loadSummary(await autocannon({ url, connections, duration }));
  if (summary.non2xx || summary.errors) throw new Error(`${url}: ${summary.non2xx} non-2xx, ${summary.errors} errors`);
  return summary;
}

export async function benchPages(baseUrl: string, { duration = 8, connections = 50 } = {}) {
  const probe = await fetch(`${baseUrl}${CEILING}?bytes=1`);
  if (probe.status !== 200) {
    throw new Error(`${CEILING} answered ${probe.status}: the build has no bench routes (run with BENCH_BUILD=1)`);
  }
  const posting = await createPostingOn(baseUrl, exampleDraft);
  await publishOn(baseUrl, posting);
  const pages = { '/': '/', '/skills': '/skills', '/p/{id}': `/p/${posting.id}`, '/jobs/{id}': `/jobs/${posting.id}` };

  const results: Record<
    string,
    { bytes: number; page: ReturnType<typeof loadSummary>; ceiling: ReturnType<typeof loadSummary>; ratio: number }
  > = {};
  for (const [name, path] of Object.entries(pages)) {
    const bytes = await bodyBytes(baseUrl + path);
    // The ceiling first, then the page, back to back: the two see the same machine.
    const ceiling = await run(`${baseUrl}${CEILING}?bytes=${bytes}`, duration, connections);
    const page = await run(baseUrl + path, duration, connections);
    results[name] = {
      bytes,
      page,
      ceiling,
      ratio: Math.round((page.requestsPerSecond / ceiling.requestsPerSecond) * 100) / 100,
    };
  }
  // A filtered view of the catalog is rendered per request (pages/skills/search.tsx): reported, not a ratio.
  const filtered = await run(`${baseUrl}/skills?q=sql&sort=name`, duration, connections);
  return { pages: results, skillsFiltered: filtered };
}
