import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { getEnv } from '../config/env';
import { addressedOrigin } from '../http/share-urls';

// What the script-free review page reads from a raw Node request: its posted form, whether that form came
// from our own page, and the reviewer's remembered name.

export const MAX_FORM_BYTES = 16 * 1024;
export const REVIEWER_COOKIE = 'pw_reviewer';

export class FormBodyError extends Error {
  constructor(
    readonly httpStatus: 403 | 413 | 415 | 400,
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

type NodeRequest = { headers: IncomingHttpHeaders };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The public origin when configured, and the one the request was addressed to: where our own forms post from. */
function ownOrigins(req: NodeRequest, publicUrl: string | undefined): string[] {
  return [addressedOrigin(req), ...(publicUrl ? [new URL(publicUrl).origin] : [])];
}

/**
 * True when the browser says another site sent the form (`Sec-Fetch-Site: cross-site`) or the form names
 * another origin. `Origin: null` is not refused: our own page sends it (it is served with
 * `Referrer-Policy: no-referrer`), and every browser that sends it also sends Sec-Fetch-Site.
 */
export function isCrossSiteForm(req: NodeRequest, publicUrl = getEnv().POSTWRIGHT_PUBLIC_URL): boolean {
  if (first(req.headers['sec-fetch-site'])?.toLowerCase() === 'cross-site') return true;
  const origin = first(req.headers.origin);
  if (origin === undefined || origin === 'null') return false;
  return !ownOrigins(req, publicUrl).includes(origin.toLowerCase());
}

/** The reviewer's cookie is `Secure` whenever the page was reached over https (directly or via a trusted proxy). */
export function reviewerCookieIsSecure(req: NodeRequest, publicUrl = getEnv().POSTWRIGHT_PUBLIC_URL): boolean {
  return ownOrigins(req, publicUrl).some((origin) => origin.startsWith('https:'));
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
