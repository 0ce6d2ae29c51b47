import { getRoleCatalog } from '../../lib/shared/catalog';
import { runChecks } from '../../lib/shared/checks';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { renderHtml, renderMarkdown, renderPdf, renderText } from '../../lib/server/render';
import { timeIt } from './stats';

/** Render and check timings on the full example draft, in-process. */
export async function benchRenderAndChecks() {
  const catalog = getRoleCatalog(exampleDraft.roleId)!;
  const markdown = await timeIt(() => renderMarkdown(exampleDraft), { iterations: 1000 });
  const html = await timeIt(() => renderHtml(exampleDraft), { iterations: 1000 });
  const text = await timeIt(() => renderText(exampleDraft), { iterations: 1000 });
  const renderedText = renderText(exampleDraft);
  const checks = await timeIt(() => runChecks(exampleDraft, { catalog, renderedText }), { iterations: 1000 });
  const pdf = await timeIt(() => renderPdf(exampleDraft, { pageSize: 'A4' }), { iterations: 30, warmup: 3 });
  const pdfBytes = (await renderPdf(exampleDraft, { pageSize: 'A4' })).byteLength;
  return { render: { markdown, html, text, pdf: { ...pdf, sizeBytes: pdfBytes } }, checks };
}
