import {
  IMPORT_FILE_EXTENSIONS,
  importPath,
  importResultSchema,
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_TEXT_BYTES,
} from '@/lib/import/import-contract';
import { callApi, type ApiFailure, type ApiResult } from '@/components/share/api-client';
import type { ImportResult } from '@/lib/import/import-contract';

// POST /api/import from the browser: pasted text or one file. The limits are checked here first, so a
// file the server would refuse is never sent; the server checks them all the same.

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

const refused = (message: string): ApiFailure => ({ ok: false, code: 'invalid_request', message });

/** The file's extension if Postwright reads that kind of file, else null. */
export function acceptedExtension(name: string): string | null {
  const lower = name.toLowerCase();
  return IMPORT_FILE_EXTENSIONS.find((ext) => lower.endsWith(ext)) ?? null;
}

export function importText(text: string): Promise<ApiResult<ImportResult>> {
  if (new TextEncoder().encode(text).length > MAX_IMPORT_TEXT_BYTES) {
    return Promise.resolve(refused(`Paste at most ${kilobytes(MAX_IMPORT_TEXT_BYTES)} of text.`));
  }
  // Pasted text is read as Markdown: plain text is Markdown too, and lists and headings keep their meaning.
  return callApi(importResultSchema, importPath, {
    method: 'POST',
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
    body: text,
  });
}

export function importFile(file: File): Promise<ApiResult<ImportResult>> {
  if (!acceptedExtension(file.name)) {
    return Promise.resolve(refused(`Postwright reads ${IMPORT_FILE_EXTENSIONS.join(', ')} files.`));
  }
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    return Promise.resolve(refused(`The file is larger than ${megabytes(MAX_IMPORT_FILE_BYTES)}.`));
  }
  const body = new FormData();
  body.append('file', file, file.name);
  return callApi(importResultSchema, importPath, { method: 'POST', body });
}

/** What to tell the person when an import fails, by error code (never by status number). */
export function importFailureMessage(failure: ApiFailure): string {
  switch (failure.code) {
    case 'payload_too_large':
      return `That is more text than Postwright reads at once (${kilobytes(MAX_IMPORT_TEXT_BYTES)}): paste the posting alone.`;
    case 'file_too_large':
      return `The file is larger than ${megabytes(MAX_IMPORT_FILE_BYTES)}: save the posting alone, or paste its text.`;
    case 'unsupported_type':
    case 'unsupported_media_type':
      return `Postwright reads ${IMPORT_FILE_EXTENSIONS.join(', ')} files, and pasted text.`;
    // The file itself is the trouble (not what it says it is, locked, a bomb, a scan): the server says which.
    case 'file_mismatch':
    case 'file_encrypted':
    case 'file_too_complex':
    case 'pdf_no_text':
      return `${failure.message}.`.replace(/\.\.$/, '.');
    case 'rate_limited':
      return 'Too many files read in a short time. Wait a minute and try again.';
    case 'unavailable':
      return 'Postwright is busy reading other files. Try again in a moment.';
    default:
      return failure.message;
  }
}
