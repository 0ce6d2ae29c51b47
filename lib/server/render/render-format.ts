import type { Draft } from '../../shared/draft/draft-schema';
import { FORMAT_FILES, type RenderFormat } from './format';
import { renderHtml } from './html';
import { buildJobPostingJsonLd, type JsonLdOptions } from './json-ld';
import { renderMarkdown } from './markdown';
import type { PdfOptions } from './pdf';
import { renderText } from './text';

export type RenderFormatOptions = PdfOptions & JsonLdOptions;

export interface RenderedFile {
  body: string | Buffer;
  contentType: string;
  extension: string;
}

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
    case 'docx': {
      const { renderDocx } = await import('./docx');
      return renderDocx(draft, options);
    }
    case 'jsonld':
      return `${JSON.stringify(buildJobPostingJsonLd(draft, options), null, 2)}\n`;
  }
}

/**
 * Any format, rendered in this thread. The endpoints send PDF and DOCX to the export worker pool instead
 * (lib/server/export), whose workers call this.
 */
export async function renderFormat(
  draft: Draft,
  format: RenderFormat,
  options: RenderFormatOptions = {},
): Promise<RenderedFile> {
  if (!Object.hasOwn(FORMAT_FILES, format)) throw new Error(`Unknown format "${String(format)}"`);
  return { body: await renderBody(draft, format, options), ...FORMAT_FILES[format] };
}
