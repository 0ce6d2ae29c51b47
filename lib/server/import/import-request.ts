import '#server-only';
import { ApiError } from '../http/api-error';
import { readBoundedBody } from '../http/read-bounded-body';
import {
  IMPORT_FILE_EXTENSIONS,
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_TEXT_BYTES,
} from '../../shared/import/import-contract';
import { kindOfName, type FileKind } from './read/file-kind';

// POST /api/import's body → what to read: pasted text of a media type, or the one file of a form. Nothing is
// held past the limits: a declared length over them is refused before reading, a streamed body cut off.

const TEXT_TYPES: Record<string, FileKind> = { 'text/plain': 'txt', 'text/markdown': 'md', 'text/html': 'html' };
/** The form's own framing around a 5 MiB file. */
const MULTIPART_OVERHEAD = 16 * 1024;

export interface ImportInput {
  kind: FileKind;
  bytes: Uint8Array;
}

export async function readImportRequest(request: Request): Promise<ImportInput> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const textKind = TEXT_TYPES[mediaType];
  if (textKind) {
    const bytes = await readBoundedBody(
      request,
      MAX_IMPORT_TEXT_BYTES,
      () => new ApiError('payload_too_large', `Pasted text is limited to ${MAX_IMPORT_TEXT_BYTES / 1024} KiB`),
    );
    if (!/[\p{L}\p{N}]/u.test(new TextDecoder().decode(bytes))) {
      throw new ApiError('invalid_request', 'The body is empty: paste the posting');
    }
    return { kind: textKind, bytes };
  }
  if (mediaType !== 'multipart/form-data') {
    throw new ApiError(
      'unsupported_media_type',
      'Send the posting as text/plain, text/markdown or text/html, or a file as multipart/form-data',
    );
  }
  const tooLarge = () =>
    new ApiError('file_too_large', `A file to import is limited to ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MiB`);
  const body = await readBoundedBody(request, MAX_IMPORT_FILE_BYTES + MULTIPART_OVERHEAD, tooLarge);
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, {
      headers: { 'content-type': request.headers.get('content-type')! },
    }).formData();
  } catch {
    throw new ApiError('invalid_request', 'The form could not be read: send one file in the field "file"');
  }
  const files = form.getAll('file');
  const file = files[0];
  if (files.length !== 1 || !(file instanceof File)) {
    throw new ApiError('invalid_request', 'Send exactly one file, in the form field "file"');
  }
  if (file.size > MAX_IMPORT_FILE_BYTES) throw tooLarge();
  const kind = kindOfName(file.name);
  if (!kind) {
    throw new ApiError(
      'unsupported_type',
      `Files of this type cannot be imported: use ${IMPORT_FILE_EXTENSIONS.join(', ')}`,
    );
  }
  return { kind, bytes: new Uint8Array(await file.arrayBuffer()) };
}
