import autocannon from 'autocannon';
import { exampleDraft } from '../../lib/posting/example-draft';
import { round } from './stats';

const summarize = (r: Awaited<ReturnType<typeof autocannon>>) => ({
  requestsPerSecond: round(r.requests.average, 0),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  requests: r.requests.total,
  non2xx: r.non2xx,
  errors: r.errors + r.timeouts,
});

/** Preview page and create throughput: autocannon, 10 s, 50 connections, on 127.0.0.1. */
export async function benchHttp(baseUrl: string, { duration = 10, connections = 50 } = {}) {
  const body = JSON.stringify(exampleDraft);
  const created = await fetch(`${baseUrl}/api/postings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  if (created.status !== 201) throw new Error(`could not create a posting to preview: ${created.status}`);
  const { id } = (await created.json()) as { id: string };
  // Warm the route (first render compiles nothing in production, but fills caches and JIT).
  for (let i = 0; i < 50; i++) await (await fetch(`${baseUrl}/p/${id}`)).text();

  const preview = await autocannon({ url: `${baseUrl}/p/${id}`, connections, duration });
  const create = await autocannon({
    url: `${baseUrl}/api/postings`,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { previewPath: `/p/${id}`, id, preview: summarize(preview), create: summarize(create) };
}
