import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postingAtCap } from './review-cap-bench';
import { createPostingOn, createReviewLinkOn } from '../server-postings.mjs';
import { exampleDraft } from '../../lib/draft/example-draft';
const dataDir = mkdtempSync(path.join(tmpdir(), 'postwright-prof-'));
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/x/prof', 'server.mjs', '-p', '3302', '-H', '127.0.0.1'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NODE_ENV: 'production', POSTWRIGHT_SQLITE_PATH: path.join(dataDir, 'b.sqlite'), POSTWRIGHT_RATE_LIMIT_WRITE: '100000000', POSTWRIGHT_RATE_LIMIT_CREATE: '100000000' },
});
const cpu = () => { const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
for (;;) {
  try { if ((await fetch('http://127.0.0.1:3302/api/catalog/back-end-developer')).ok) break; } catch {}
  await new Promise((r) => setTimeout(r, 500));
}
const small = await createPostingOn('http://127.0.0.1:3302', exampleDraft);
const smallLink = await createReviewLinkOn('http://127.0.0.1:3302', small);
const { reviewUrl } = await postingAtCap('http://127.0.0.1:3302');
for (const [name, url] of [['cap', reviewUrl]] as const) {
  await fetch(url).then((r) => r.text());
  const c0 = cpu();
  const r = await autocannon({ url, connections: 4, duration: 6 });
  const used = cpu() - c0;
  console.log(name, 'requests', r.requests.total, 'server cpu ms/request', (used / r.requests.total).toFixed(2), 'p50', r.latency.p50, 'bytes/req', Math.round(r.throughput.total / r.requests.total));
}
child.kill('SIGINT');
await new Promise((r) => child.on('exit', r));
