import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { round } from './stats';

const MB = 1024 * 1024;

/** The server's resident memory, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return round((kb * 1024) / MB, 1);
}

/**
 * Sustained load: `connections` clients for `duration` seconds, each cycling through the three things a
 * busy Postwright does (open a share page, render a live preview, create a posting), while the server's
 * RSS is sampled every second. Growth is measured from the end of the first tenth of the run (after
 * warm-up and JIT) to the end.
 */
export async function loadMix(
  baseUrl: string,
  serverPid: number,
  previewPath: string,
  { duration = 60, connections = 100 } = {},
) {
  const body = JSON.stringify(exampleDraft);
  const json = { 'content-type': 'application/json' };

  const samples: { at: number; rssMb: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => samples.push({ at: (Date.now() - started) / 1000, rssMb: rssMb(serverPid) }), 1000);
  const startRss = rssMb(serverPid);
  let result;
  try {
    result = await autocannon({
      url: baseUrl,
      connections,
      duration,
      requests: [
        { method: 'GET', path: previewPath },
        { method: 'POST', path: '/api/render?format=html', headers: json, body },
        { method: 'POST', path: '/api/postings', headers: json, body },
      ],
    });
  } finally {
    clearInterval(sampler);
  }
  const afterWarmup = samples.find((s) => s.at >= duration / 10)?.rssMb ?? startRss;
  const end = samples.at(-1)?.rssMb ?? startRss;
  return {
    settings: `${duration} s, ${connections} connections, each cycling GET /p/{id}, POST /api/render?format=html, POST /api/postings`,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    memory: {
      startRssMb: startRss,
      afterWarmupRssMb: afterWarmup,
      endRssMb: end,
      peakRssMb: Math.max(startRss, ...samples.map((s) => s.rssMb)),
      growthAfterWarmupMb: round(end - afterWarmup, 1),
    },
  };
}
