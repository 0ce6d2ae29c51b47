import { setTimeout as sleep } from 'node:timers/promises';
import { renderFormat } from '../../lib/server/render/render-format';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { loadCorpus } from '../../lib/server/import/__fixtures__/corpus-score';
import { worstCasePdf } from '../../lib/server/import/__fixtures__/hostile-files';
import { summarize } from './stats';
import { waitsDuring } from './wait-probe';

// POST /api/import against the production server: pasted text (the 25 postings of the corpus), a Word file
// and a PDF (Postwright's own exports of the example), and how long other requests wait while four clients
// import the costliest PDF the importer still reads (50 full pages), in a loop.

type Body = { type: string; body: BodyInit };

async function importOnce(baseUrl: string, { type, body }: Body): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/import`, {
    method: 'POST',
    ...(type === 'form' ? {} : { headers: { 'content-type': type } }),
    body,
  });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

function fileBody(name: string, bytes: Uint8Array): Body {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return { type: 'form', body: form };
}

async function timed(baseUrl: string, make: () => Body, iterations: number, warmup = 2) {
  for (let i = 0; i < warmup; i++) await importOnce(baseUrl, make());
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const { ms, status } = await importOnce(baseUrl, make());
    if (status !== 200) throw new Error(`POST /api/import answered ${status}`);
    samples.push(ms);
  }
  return summarize(samples);
}

export async function benchImport(baseUrl: string, previewPath: string) {
  const corpus = loadCorpus();
  const textSamples: number[] = [];
  for (const posting of corpus) await importOnce(baseUrl, { type: 'text/markdown', body: posting.source });
  for (let round = 0; round < 4; round++) {
    for (const posting of corpus) {
      const { ms, status } = await importOnce(baseUrl, { type: 'text/markdown', body: posting.source });
      if (status !== 200) throw new Error(`POST /api/import of corpus ${posting.id} answered ${status}`);
      textSamples.push(ms);
    }
  }
  const docxBytes = new Uint8Array((await renderFormat(exampleDraft, 'docx', {})).body as Buffer);
  const pdfBytes = new Uint8Array((await renderFormat(exampleDraft, 'pdf', {})).body as Buffer);
  const docx = await timed(baseUrl, () => fileBody('posting.docx', docxBytes), 30);
  const pdf = await timed(baseUrl, () => fileBody('posting.pdf', pdfBytes), 30);
  const worst = worstCasePdf();
  const worstAlone = await timed(baseUrl, () => fileBody('worst.pdf', worst), 3, 1);

  // Other requests (the share page) alone, then while four clients import the worst-case PDF in a loop.
  const sharePage = `${baseUrl}${previewPath}`;
  const alone = summarize((await waitsDuring(sharePage, () => sleep(5_000), 2)).waits);
  let stop = false;
  const statuses: Record<string, number> = {};
  const loops = Array.from({ length: 4 }, async () => {
    while (!stop) {
      const { status } = await importOnce(baseUrl, fileBody('worst.pdf', worst));
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === 503) await sleep(250);
    }
  });
  await sleep(1_000);
  const { waits } = await waitsDuring(sharePage, () => sleep(15_000), 2);
  stop = true;
  await Promise.all(loops);
  const others = summarize(waits);
  return {
    text: {
      ...summarize(textSamples),
      postings: corpus.length,
      settings: 'the corpus as text/markdown, 4 rounds after 1 warm-up',
    },
    docx: { ...docx, bytes: docxBytes.length },
    pdf: { ...pdf, bytes: pdfBytes.length },
    worstCasePdf: { ...worstAlone, bytes: worst.length, pages: 50 },
    othersAlone: { ...alone, settings: '5 s, 2 sequential clients on GET /p/{id}, nothing else' },
    othersWhileImporting: {
      ...others,
      importAnswers: statuses,
      settings: '15 s, 2 sequential clients on GET /p/{id}, 4 clients looping POST /api/import of the worst-case PDF',
    },
  };
}
