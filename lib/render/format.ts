import type { Draft } from '../draft/draft-schema';
import { renderHtml } from './html';
import { buildJobPostingJsonLd, type JsonLdOptions } from './json-ld';
import { renderMarkdown } from './markdown';
import type { PdfOptions } from './pdf';
import { renderText } from './text';

export const RENDER_FORMATS = ['markdown', 'html', 'text', 'pdf', 'jsonld'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export type RenderFormatOptions = PdfOptions & JsonLdOptions;

export interface RenderedFile {
  body: string | Buffer;
  contentType: string;
  extension: string;
}

export const FORMAT_FILES: Record<RenderFormat, { contentType: string; extension: string }> = {
  markdown: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  text: { contentType: 'text/plain; charset=utf-8', extension: 'txt' },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  jsonld: { contentType: 'application/ld+json', extension: 'jsonld' },
};

async function renderBody(draft: Draft, format: RenderFormat, options: RenderFormatOptions): Promise<string | Buffer> {
  switch (format) {
    case 'markdown':
      return renderMarkdown(draft, options);
    case 'html':
      return renderHtml(draft, options);
    case 'text':
      return renderText(draft, options);
    case 'pdf': {
      // Loaded on first use: react-pdf is heavy, and text renders (the preview, the checks) never need it.
      const { renderPdf } = await import('./pdf');
      return renderPdf(draft, options);
    }
    case 'jsonld':
      return `${JSON.stringify(buildJobPostingJsonLd(draft, options), null, 2)}\n`;
  }
}

/** One entry point for the render and export endpoints: the body, its content type and a file extension. */
export async function renderFormat(
  draft: Draft,
  format: RenderFormat,
  options: RenderFormatOptions = {},
): Promise<RenderedFile> {
  if (!Object.hasOwn(FORMAT_FILES, format)) throw new Error(`Unknown format "${String(format)}"`);
  return { body: await renderBody(draft, format, options), ...FORMAT_FILES[format] };
}
