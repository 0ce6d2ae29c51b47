import type { IncomingMessage } from 'node:http';

// The two things the script-free review page reads from a raw Node request: its posted form and the
// reviewer's remembered name.

export const MAX_FORM_BYTES = 16 * 1024;
export const REVIEWER_COOKIE = 'pw_reviewer';

export class FormBodyError extends Error {
  constructor(
    readonly httpStatus: 413 | 415 | 400,
    message: string,
  ) {
    super(message);
    this.name = 'FormBodyError';
  }
}

/** An `application/x-www-form-urlencoded` body, never holding more than the limit. */
export async function readFormBody(req: IncomingMessage, limit = MAX_FORM_BYTES): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new FormBodyError(415, 'Send the form as a web form.');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new FormBodyError(413, 'The form is too large.');
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    received += chunk.byteLength;
    if (received > limit) {
      req.destroy();
      throw new FormBodyError(413, 'The form is too large.');
    }
    chunks.push(chunk);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new FormBodyError(400, 'The form is not valid UTF-8.');
  }
  return new URLSearchParams(text);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Remembers the reviewer's name for a year, on the review pages only; script cannot read it. */
export function reviewerCookie(name: string, secure: boolean): string {
  return [
    `${REVIEWER_COOKIE}=${encodeURIComponent(name)}`,
    'Path=/review',
    'Max-Age=31536000',
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
