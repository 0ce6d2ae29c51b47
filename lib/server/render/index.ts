import type { Draft } from '../../shared/draft/draft-schema';
import type { PdfOptions } from './pdf';

// The face of lib/server/render: one pipeline (draft → view model → Liquid → Markdown tree → HTML, text, PDF, DOCX)
// serves the preview, every export and the share page, so they never disagree.

export { renderMarkdown, type RenderOptions } from './markdown';
export { renderHtml } from './html';
export { renderText } from './text';
export { buildJobPostingJsonLd, serializeJsonLdForHtml, type JobPostingJsonLd, type JsonLdOptions } from './json-ld';
export { validateJobPostingJsonLd } from './json-ld-validate';
export {
  EXPORT_CHOICES,
  FORMAT_FILES,
  RENDER_FORMATS,
  WORKER_FORMATS,
  isRenderFormat,
  isWorkerFormat,
  type ExportChoice,
  type RenderFormat,
  type WorkerFormat,
} from './format';
export { renderFormat, type RenderFormatOptions, type RenderedFile } from './render-format';
export { exportFileName } from './file-name';
export { listTemplates, getTemplateMeta, type TemplateMeta } from './templates';
export { RenderError } from './render-error';
export type { PdfOptions } from './pdf';
export type { PdfPageSize } from './format';

/** The posting as a PDF (A4 unless LETTER). react-pdf loads on the first call, not when this module loads. */
export async function renderPdf(draft: Draft, options: PdfOptions = {}): Promise<Buffer> {
  const pdf = await import('./pdf');
  return pdf.renderPdf(draft, options);
}
