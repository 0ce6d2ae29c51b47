import type { IncomingHttpHeaders } from 'node:http';
import { getEnv } from '../config/env';
import { shareLinks } from '../../shared/postings/postings-contract';
import { validHost } from './request-source';

/** A route handler's Request, or a Pages Router page's Node request (getServerSideProps' `req`). */
type IncomingRequest = Request | { headers: IncomingHttpHeaders; url?: string };

function header(request: IncomingRequest, name: string): string | undefined {
  if (request instanceof Request) return request.headers.get(name) ?? undefined;
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The origin links are built on: POSTWRIGHT_PUBLIC_URL when set, else the one the request was addressed
 * to. server.mjs has already replaced X-Forwarded-Proto/-Host with what it decided (from a trusted proxy,
 * or from Host); without it (tests) the request's Host, or its own URL, is the origin.
 */
export function publicOrigin(request: IncomingRequest): string {
  const configured = getEnv().POSTWRIGHT_PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, '');
  return addressedOrigin(request);
}

/** The origin the request was addressed to (scheme from a trusted proxy's X-Forwarded-Proto, as server.mjs decided). */
export function addressedOrigin(request: IncomingRequest): string {
  const host = validHost(header(request, 'x-forwarded-host') ?? header(request, 'host'));
  const proto = header(request, 'x-forwarded-proto') === 'https' ? 'https' : 'http';
  if (host) return `${proto}://${host}`;
  return request instanceof Request ? new URL(request.url).origin : 'http://localhost';
}

/** A posting's view link, and its edit link when the token is given. */
export function shareUrls(request: IncomingRequest, id: string, editToken?: string) {
  return shareLinks(publicOrigin(request), id, editToken);
}
