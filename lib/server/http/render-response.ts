import '#server-only';
import type { Draft } from '../../shared/draft/draft-schema';
import { storedExports, exportCacheKey } from '../export/export-cache';
import { exportPool } from '../export/export-pool';
import {
  exportFileName,
  FORMAT_FILES,
  getTemplateMeta,
  isRenderFormat,
  isWorkerFormat,
  RENDER_FORMATS,
  renderFormat,
  type PdfPageSize,
  type RenderFormat,
} from '../render';
import { ApiError } from './api-error';
import { enforceRateLimit } from './rate-limit-guard';

/**
 * An export is a file, never a page of this site: whatever it holds, a browser that opens one inline runs no
 * script, loads nothing and gets an opaque origin (the PDF viewer cannot run sandboxed, and a PDF runs no
 * script of ours anyway).
 */
export const EXPORT_CSP = "default-src 'none'; sandbox";

export interface RenderRequestOptions {
  format: RenderFormat;
  template?: string;
  pageSize: PdfPageSize;
  download: boolean;
}

/** The render and export endpoints answer alike: `?format=` (required), `&template=`, `&pageSize=`, `&download=1`. */
export function readRenderOptions(url: URL): RenderRequestOptions {
  const format = url.searchParams.get('format');
  if (!format || !isRenderFormat(format)) {
    throw new ApiError('not_found', `Unknown format "${format ?? ''}": use one of ${RENDER_FORMATS.join(', ')}`);
  }
  const template = url.searchParams.get('template') ?? undefined;
  if (template !== undefined && !getTemplateMeta(template))
    throw new ApiError('not_found', `Unknown template "${template}"`);
  const pageSizeParam = (url.searchParams.get('pageSize') ?? 'A4').toUpperCase();
  if (pageSizeParam !== 'A4' && pageSizeParam !== 'LETTER') {
    throw new ApiError('invalid_request', 'pageSize must be A4 or LETTER', [
      { path: 'pageSize', message: 'Use A4 or LETTER' },
    ]);
  }
  return { format, template, pageSize: pageSizeParam, download: url.searchParams.get('download') === '1' };
}

export interface RenderResponseExtra {
  datePosted?: string;
  url?: string;
  headers?: Record<string, string>;
  /** A stored version: its PDF and Word files are cached under exactly this id and version. */
  stored?: { id: string; version: number };
}

/** PDF and Word: rate limited per client, rendered in the export worker pool, cached for stored versions. */
async function renderInWorker(
  request: Request,
  draft: Draft,
  options: RenderRequestOptions & { format: 'pdf' | 'docx' },
  stored: RenderResponseExtra['stored'],
): Promise<Uint8Array> {
  await enforceRateLimit(request, 'export');
  const job = {
    format: options.format,
    draft,
    template: options.template ?? draft.template,
    pageSize: options.format === 'pdf' ? options.pageSize : undefined,
  };
  if (!stored) return exportPool().run(job);
  const key = exportCacheKey({ ...stored, format: job.format, template: job.template, pageSize: job.pageSize });
  return (await storedExports.getOrRender(key, () => exportPool().run(job))).body;
}

export async function renderResponse(
  request: Request,
  draft: Draft,
  options: RenderRequestOptions,
  extra: RenderResponseExtra = {},
): Promise<Response> {
  const { format } = options;
  let body: string | Uint8Array;
  if (isWorkerFormat(format)) {
    // A full pool (ExportBusyError) is a 503 with Retry-After, made by apiRoute.
    body = await renderInWorker(request, draft, { ...options, format }, extra.stored);
  } else {
    const rendered = await renderFormat(draft, format, {
      template: options.template,
      datePosted: extra.datePosted,
      url: extra.url,
    });
    body = typeof rendered.body === 'string' ? rendered.body : new Uint8Array(rendered.body);
  }
  const { contentType, extension } = FORMAT_FILES[format];
  const headers: Record<string, string> = { 'Content-Type': contentType, ...extra.headers };
  if (format !== 'pdf') headers['Content-Security-Policy'] = EXPORT_CSP;
  if (options.download) {
    const name = exportFileName(draft, extension);
    headers['Content-Disposition'] = `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;
  }
  return new Response(body as BodyInit, { status: 200, headers });
}
