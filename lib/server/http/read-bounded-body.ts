import { ApiError } from './api-error';

/**
 * A request body's bytes without ever holding more than `limit`: a declared Content-Length over it is refused
 * before reading, and a streamed body is cut off as soon as it passes the limit. No body reads as no bytes.
 */
export async function readBoundedBody(request: Request, limit: number, tooLarge: () => ApiError): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array();
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
    if (chunk.done) break;
    received += chunk.value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}
