import { ApiError } from './api-error';

export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Reads a JSON body without ever holding more than the limit: a declared Content-Length over it is
 * refused before reading, and a streamed body is cut off as soon as it passes the limit.
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  const mediaType = type.split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) {
    throw new ApiError('unsupported_media_type', 'Send the body as application/json');
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) throw new ApiError('invalid_json', 'The body is empty: send a JSON draft');

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The connection broke mid-body (the client hung up): the client's doing, not a server error.
      throw new ApiError('aborted', 'The request body was cut off before its end');
    }
    const { done, value } = chunk;
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid UTF-8');
  }
  if (text.trim() === '') throw new ApiError('invalid_json', 'The body is empty: send a JSON draft');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError('invalid_json', `The body is not valid JSON: ${(error as Error).message}`);
  }
}

function tooLarge(limit: number) {
  return new ApiError('payload_too_large', `The body is larger than ${Math.round(limit / 1024)} KiB`);
}
