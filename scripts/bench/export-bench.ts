import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { WORST_CASE_PDF_DRAFTS } from '../../lib/server/render/__fixtures__/worst-case-drafts';
import { serverCpuMs } from './server-cpu';
import { round, summarize } from './stats';

// Exports over HTTP against the production server: each PDF and Word file rendered in the export worker
// pool (POST /api/render is never cached, so every request is a real render).

async function post(baseUrl: string, query: string, body: unknown): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/render?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

async function timed(baseUrl: string, pid: number, query: string, body: unknown, iterations: number, warmup = 1) {
  for (let i = 0; i < warmup; i++) await post(baseUrl, query, body);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const cpuBefore = serverCpuMs(pid);
    const { ms, status } = await post(baseUrl, query, body);
    if (status !== 200) throw new Error(`POST /api/render?${query} answered ${status}`);
    samples.push(ms);
    cpu.push(serverCpuMs(pid) - cpuBefore);
  }
  return { ...summarize(samples), cpuP50Ms: summarize(cpu).p50Ms };
}

/** `GET path` over and over from `clients` sequential clients for `seconds`: the latencies. */
async function hammer(url: string, seconds: number, clients: number) {
  const samples: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.status !== 200) errors += 1;
        samples.push(performance.now() - started);
      }
    }),
  );
  samples.sort((a, b) => a - b);
  const p99 = samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.99) - 1)] ?? NaN;
  return { ...summarize(samples), p99Ms: round(p99, 1), errors };
}

export async function benchExports(baseUrl: string, serverPid: number, previewPath: string) {
  // Every worst-case draft, PDF: the slowest one's median is the figure.
  const worstCases: Record<string, Awaited<ReturnType<typeof timed>>> = {};
  for (const [name, draft] of Object.entries(WORST_CASE_PDF_DRAFTS)) {
    worstCases[name] = await timed(baseUrl, serverPid, 'format=pdf', draft, 5);
  }
  const [slowestName, slowest] = Object.entries(worstCases).sort((a, b) => b[1].p50Ms - a[1].p50Ms)[0]!;
  const examplePdf = await timed(baseUrl, serverPid, 'format=pdf', exampleDraft, 10);
  const docx = await timed(baseUrl, serverPid, 'format=docx', exampleDraft, 30, 3);
  const docxWorst = await timed(baseUrl, serverPid, 'format=docx', WORST_CASE_PDF_DRAFTS[slowestName], 10);

  // The share page alone, then while four clients request the slowest PDF in a loop.
  const previewAlone = await hammer(`${baseUrl}${previewPath}`, 10, 2);
  const worstDraft = WORST_CASE_PDF_DRAFTS[slowestName];
  let stop = false;
  const pdfStatuses: Record<string, number> = {};
  const loops = Array.from({ length: 4 }, async () => {
    while (!stop) {
      const { status } = await post(baseUrl, 'format=pdf', worstDraft);
      pdfStatuses[status] = (pdfStatuses[status] ?? 0) + 1;
      if (status === 503) await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the loops are rendering before we look
  const preview = await hammer(`${baseUrl}${previewPath}`, 20, 2);
  stop = true;
  await Promise.all(loops);

  return {
    worstCasePdf: { draft: slowestName, ...slowest, byDraft: worstCases },
    examplePdf,
    docx,
    docxWorstCase: docxWorst,
    previewAlone,
    previewWhilePdfs: {
      ...preview,
      pdfAnswers: pdfStatuses,
      settings: '20 s, 2 sequential clients on GET /p/{id}, 4 clients looping POST /api/render?format=pdf',
    },
  };
}
