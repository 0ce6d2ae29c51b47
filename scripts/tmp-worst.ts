import { renderPdf } from '../lib/render/pdf';
import { WORST_CASE_PDF_DRAFTS } from '../lib/render/__fixtures__/worst-case-drafts';
import { exampleDraft } from '../lib/draft/example-draft';
await renderPdf(exampleDraft);
const names = (process.env.CASES ?? 'lineBreaks,prose').split(',');
for (const name of names) {
  const d = WORST_CASE_PDF_DRAFTS[name]!;
  const times: number[] = []; const walls: number[] = [];
  let buf;
  for (let i = 0; i < 5; i++) { const w = performance.now(); const c = process.cpuUsage(); buf = await renderPdf(d); const u = process.cpuUsage(c); times.push(Math.round((u.user + u.system) / 1000)); walls.push(Math.round(performance.now() - w)); }
  const pages = (buf!.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  times.sort((a, b) => a - b); walls.sort((a, b) => a - b);
  console.log(name, 'cpu p50', times[2], 'wall p50', walls[2], pages, 'pages');
}
