import { renderPdf } from '../lib/render/pdf';
import { WORST_CASE_PDF_DRAFTS } from '../lib/render/__fixtures__/worst-case-drafts';
import { exampleDraft } from '../lib/draft/example-draft';
for (let i = 0; i < 3; i++) await renderPdf(exampleDraft);
const c0 = process.cpuUsage(); await renderPdf(exampleDraft); const u0 = process.cpuUsage(c0); console.log('example', (u0.user+u0.system)/1000);
const { Session } = await import('node:inspector/promises');
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.start');
for (let i = 0; i < 3; i++) await renderPdf(WORST_CASE_PDF_DRAFTS.lineBreaks!);
const { profile } = await s.post('Profiler.stop');
const self = new Map<string, number>();
const dt = profile.timeDeltas!; const samples = profile.samples!;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (let i = 0; i < samples.length; i++) { const n = byId.get(samples[i]!)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/node_modules/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v/1000).toFixed(0)}ms ${k}`).join('\n'));
