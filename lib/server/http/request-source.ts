import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

// Who sent a request and which origin it was addressed to, decided once, in server.mjs, where the socket
// is known. Imports nothing relative: server.mjs loads it directly (Node strips the types).

export interface ProxyTrust {
  /** Whether a reverse proxy stands in front of the app. */
  trustProxy: boolean;
  /** How many proxies, counted from the app, append to X-Forwarded-For (Express's `trust proxy` = n). */
  hops: number;
}

export interface RequestSource {
  /** The client's address: the rate-limit key. */
  client: string;
  proto: 'http' | 'https';
  /** `host` or `host:port`; undefined when the request names no valid host. */
  host: string | undefined;
}

type RequestLike = Pick<IncomingMessage, 'headers'> & {
  socket: { remoteAddress?: string | undefined; encrypted?: boolean };
};

/**
 * Without trust, the socket's peer is the client and the Host header names the origin: a client cannot
 * choose either by sending X-Forwarded-* headers. With trust, the client is read from the right of
 * X-Forwarded-For past the trusted hops (every proxy appends the address it saw, so the entries left of
 * that are whatever the client wrote), and the origin from X-Forwarded-Proto and X-Forwarded-Host.
 */
export function resolveRequestSource(request: RequestLike, trust: ProxyTrust): RequestSource {
  const peer = request.socket.remoteAddress ?? 'unknown';
  const ownProto = request.socket.encrypted ? 'https' : 'http';
  const hostHeader = headerValue(request.headers.host);
  if (!trust.trustProxy) return { client: peer, proto: ownProto, host: validHost(hostHeader) };

  // proxy-addr walks from the socket leftwards through X-Forwarded-For; index 0 is the socket itself.
  const client = proxyaddr(request as IncomingMessage, (_address, index) => index < trust.hops);
  const forwardedProto = firstEntry(request.headers['x-forwarded-proto'])?.toLowerCase();
  const proto = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : ownProto;
  const forwardedHost = firstEntry(request.headers['x-forwarded-host']);
  return { client: client || peer, proto, host: validHost(forwardedHost ?? hostHeader) };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The first of a comma-separated header's entries (the one the first proxy wrote), as Express reads it. */
function firstEntry(value: string | string[] | undefined): string | undefined {
  const first = headerValue(value)?.split(',')[0]?.trim();
  return first || undefined;
}

// A DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port: nothing that could
// smuggle a path, a user or a second host into a link.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export function validHost(host: string | undefined): string | undefined {
  if (!host || host.length > 255 || !HOST.test(host)) return undefined;
  const port = /:(\d+)$/.exec(host.replace(/^\[[^\]]*\]/, ''))?.[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65_535)) return undefined;
  return host.toLowerCase();
}
