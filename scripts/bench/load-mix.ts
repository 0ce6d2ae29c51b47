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
 *
 * The slowest answer is taken on connections already open (`maxMs`); each connection's first answer is
 * reported apart (`firstAnswerMaxMs`). The clients connect all at once, and once the server is busy libuv
 * accepts one waiting connection per turn of its event loop (libuv/libuv#3696): a plain Node server that
 * spends 5 ms per request showed the same, its last connections accepted seconds into the run. That wait
 * is the accept queue's, not a stall of the server.
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
  const answered = new Set<unknown>();
  const firstAnswers: number[] = [];
  let openMaxMs = 0;
  let result;
  try {
    const run = autocannon({
      url: baseUrl,
      connections,
      duration,
      requests: [
        { method: 'GET', path: previewPath },
        { method: 'POST', path: '/api/render?format=html', headers: json, body },
        { method: 'POST', path: '/api/postings', headers: json, body },
      ],
    });
    run.on('response', (client: unknown, _status: number, _bytes: number, ms: number) => {
      if (answered.has(client)) openMaxMs = Math.max(openMaxMs, ms);
      else {
        answered.add(client);
        firstAnswers.push(ms);
      }
    });
    result = await run;
  } finally {
    clearInterval(sampler);
  }
  const afterWarmup = samples.find((s) => s.at >= duration / 10)?.rssMb ?? startRss;
  const end = samples.at(-1)?.rssMb ?? startRss;
  const peak = samples.reduce((top, s) => (s.rssMb > top.rssMb ? s : top), { at: 0, rssMb: startRss });
  return {
    settings: `${duration} s, ${connections} connections, each cycling GET /p/{id}, POST /api/render?format=html, POST /api/postings`,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: round(openMaxMs, 0),
    firstAnswerMaxMs: round(Math.max(...firstAnswers), 0),
    maxIncludingFirstAnswersMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    memory: {
      startRssMb: startRss,
      afterWarmupRssMb: afterWarmup,
      endRssMb: end,
      peakRssMb: peak.rssMb,
      /** When the peak was sampled, in seconds into the run (0: before it began). */
      peakAtSeconds: round(peak.at, 0),
      growthAfterWarmupMb: round(end - afterWarmup, 1),
    },
  };
}
