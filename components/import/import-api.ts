import {
  IMPORT_FILE_EXTENSIONS,
  importPath,
  importResultSchema,
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_TEXT_BYTES,
} from '@/lib/shared/import/import-contract';
import type { MessageValues } from '@/components/builder/ui-text';
import { callApi, type ApiFailure, type ApiFailureCode, type ApiResult } from '@/components/share/api-client';
import type { SiteMessageId } from '@/components/site-text/site-text';
import type { ImportResult } from '@/lib/shared/import/import-contract';

// POST /api/import from the browser: pasted text or one file. The limits are checked here first, so a
// file the server would refuse is never sent; the server checks them all the same.

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** A refusal made here, before sending: the same code the server would answer, so one message explains both. */
const refused = (code: ApiFailureCode): ApiFailure => ({ ok: false, code, message: code });

/** The file's extension if Postwright reads that kind of file, else null. */
export function acceptedExtension(name: string): string | null {
  const lower = name.toLowerCase();
  return IMPORT_FILE_EXTENSIONS.find((ext) => lower.endsWith(ext)) ?? null;
}

export function importText(text: string): Promise<ApiResult<ImportResult>> {
  if (new TextEncoder().encode(text).length > MAX_IMPORT_TEXT_BYTES) {
    return Promise.resolve(refused('payload_too_large'));
  }
  // Pasted text is read as Markdown: plain text is Markdown too, and lists and headings keep their meaning.
  return callApi(importResultSchema, importPath, {
    method: 'POST',
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
    body: text,
  });
}

export function importFile(file: File): Promise<ApiResult<ImportResult>> {
  if (!acceptedExtension(file.name)) return Promise.resolve(refused('unsupported_type'));
  if (file.size > MAX_IMPORT_FILE_BYTES) return Promise.resolve(refused('file_too_large'));
  const body = new FormData();
  body.append('file', file, file.name);
  return callApi(importResultSchema, importPath, { method: 'POST', body });
}

/**
 * What to tell the person when an import fails, by error code (never by status number): one of the page's
 * messages, or, where only the server knows what is wrong with the file, the server's own words (the API
 * speaks English).
 */
export type ImportFailureText = { id: SiteMessageId; values?: MessageValues } | { serverMessage: string };

/** The size limit and the kinds of file, as the start screen's hint and the failures say them. */
export const IMPORT_FILE_HINT = {
  extensions: IMPORT_FILE_EXTENSIONS.join(', '),
  size: megabytes(MAX_IMPORT_FILE_BYTES),
};

export function importFailureMessage(failure: ApiFailure): ImportFailureText {
  switch (failure.code) {
    case 'payload_too_large':
      return { id: 'import.tooMuchText', values: { size: kilobytes(MAX_IMPORT_TEXT_BYTES) } };
    case 'file_too_large':
      return { id: 'import.fileTooLarge', values: { size: IMPORT_FILE_HINT.size } };
    case 'unsupported_type':
    case 'unsupported_media_type':
      return { id: 'import.unsupported', values: { extensions: IMPORT_FILE_HINT.extensions } };
    case 'rate_limited':
      return { id: 'import.rateLimited' };
    case 'unavailable':
      return { id: 'import.busy' };
    case 'network':
      return { id: 'import.network' };
    case 'unexpected_response':
      return { id: 'import.unexpected' };
    // The file itself is the trouble (not what it says it is, locked, a bomb, a scan): the server says which.
    case 'file_mismatch':
    case 'file_encrypted':
    case 'file_too_complex':
    case 'pdf_no_text':
      return { serverMessage: `${failure.message}.`.replace(/\.\.$/, '.') };
    default:
      return { serverMessage: failure.message };
  }
}
