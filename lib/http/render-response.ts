import type { Draft } from '../draft/draft-schema';
import { exportFileName, getTemplateMeta, RENDER_FORMATS, renderFormat, type RenderFormat } from '../render';
import { ApiError } from './api-error';

/** The render and export endpoints answer alike: `?format=` (required), `&template=`, `&pageSize=`, `&download=1`. */
export function readRenderOptions(url: URL) {
  const format = url.searchParams.get('format');
  if (!format || !(RENDER_FORMATS as readonly string[]).includes(format)) {
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
  return {
    format: format as RenderFormat,
    template,
    pageSize: pageSizeParam as 'A4' | 'LETTER',
    download: url.searchParams.get('download') === '1',
  };
}

export async function renderResponse(
  draft: Draft,
  options: ReturnType<typeof readRenderOptions>,
  extra: { datePosted?: string; url?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const result = await renderFormat(draft, options.format, {
    template: options.template,
    pageSize: options.pageSize,
    datePosted: extra.datePosted,
    url: extra.url,
  });
  const headers: Record<string, string> = { 'Content-Type': result.contentType, ...extra.headers };
  if (options.download) {
    const name = exportFileName(draft, result.extension);
    headers['Content-Disposition'] = `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;
  }
  const body = typeof result.body === 'string' ? result.body : new Uint8Array(result.body);
  return new Response(body, { status: 200, headers });
}
