import autocannon from 'autocannon';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { loadSummary } from './load-summary';

/** Preview page and create throughput: autocannon, 10 s, 50 connections, on 127.0.0.1. */
export async function benchHttp(baseUrl: string, previewPath: string, { duration = 10, connections = 50 } = {}) {
  const body = JSON.stringify(exampleDraft);
  // Warm the route (first render compiles nothing in production, but fills caches and JIT).
  for (let i = 0; i < 50; i++) await (await fetch(`${baseUrl}${previewPath}`)).text();

  const preview = await autocannon({ url: `${baseUrl}${previewPath}`, connections, duration });
  const create = await autocannon({
    url: `${baseUrl}/api/postings`,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { preview: loadSummary(preview), create: loadSummary(create) };
}
