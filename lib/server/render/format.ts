// The formats a posting can be exported in, and how each is offered. Imports nothing but a type, so the browser
// (the review step, the share page) lists the same formats as the API: a format added here appears everywhere.

import type { RenderMessages } from '../../shared/render/render-messages';

export const RENDER_FORMATS = ['markdown', 'html', 'text', 'pdf', 'docx', 'jsonld'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** Formats drawn by a layout engine or zipped: rendered in the export worker pool, never on the request thread. */
export const WORKER_FORMATS = ['pdf', 'docx'] as const satisfies readonly RenderFormat[];
export type WorkerFormat = (typeof WORKER_FORMATS)[number];

export const PAGE_SIZES = ['A4', 'LETTER'] as const;
export type PdfPageSize = (typeof PAGE_SIZES)[number];

export const FORMAT_FILES: Record<RenderFormat, { contentType: string; extension: string }> = {
  markdown: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  text: { contentType: 'text/plain; charset=utf-8', extension: 'txt' },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  jsonld: { contentType: 'application/ld+json', extension: 'jsonld' },
};

export interface ExportChoice {
  /** Names the choice in the message tables (`sharePage.downloads`), where its label is in each language. */
  id: keyof RenderMessages['sharePage']['downloads'];
  format: RenderFormat;
  /** The query string of the render/export endpoints for this download, without `?`. */
  query: string;
  label: string;
}

/** Every download offered to people, in the order they are shown (a PDF once per page size). */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { id: 'pdfA4', format: 'pdf', query: 'format=pdf&download=1', label: 'PDF (A4)' },
  { id: 'pdfLetter', format: 'pdf', query: 'format=pdf&pageSize=LETTER&download=1', label: 'PDF (US Letter)' },
  { id: 'docx', format: 'docx', query: 'format=docx&download=1', label: 'Word (.docx)' },
  { id: 'markdown', format: 'markdown', query: 'format=markdown&download=1', label: 'Markdown (.md)' },
  { id: 'text', format: 'text', query: 'format=text&download=1', label: 'Plain text (.txt)' },
  { id: 'html', format: 'html', query: 'format=html&download=1', label: 'HTML fragment' },
  { id: 'jsonld', format: 'jsonld', query: 'format=jsonld&download=1', label: 'Structured data (JSON-LD)' },
];

export function isRenderFormat(value: string): value is RenderFormat {
  return (RENDER_FORMATS as readonly string[]).includes(value);
}

export function isWorkerFormat(format: RenderFormat): format is WorkerFormat {
  return (WORKER_FORMATS as readonly string[]).includes(format);
}
