import { getEnv } from '../config/env';
import { shareLinks } from './postings-contract';
import { validHost } from './request-source';

/**
 * The origin links are built on: POSTWRIGHT_PUBLIC_URL when set, else the one the request was addressed
 * to. server.mjs has already replaced X-Forwarded-Proto/-Host with what it decided (from a trusted proxy,
 * or from Host); without it (tests, `next dev`) the request's own URL is the origin.
 */
export function publicOrigin(request: Request): string {
  const configured = getEnv().POSTWRIGHT_PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, '');
  const host = validHost(request.headers.get('x-forwarded-host') ?? undefined);
  if (!host) return new URL(request.url).origin;
  return `${request.headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http'}://${host}`;
}

/** A posting's view link, and its edit link when the token is given. */
export function shareUrls(request: Request, id: string, editToken?: string) {
  return shareLinks(publicOrigin(request), id, editToken);
}
