// The server, in production and in development (`--dev`, `npm run dev`): Next's request handler behind Node's
// http server, for what `next start` and `next dev` cannot do.
// It decides once who the client is and which origin a request was addressed to (lib/server/http/request-source.ts:
// from the socket and Host, or from a trusted proxy's X-Forwarded-* headers), so no client can pick its own
// rate-limit key or the host its links are built on; it answers every method on every path with the spec's
// JSON (never a 500 for an unknown method); it bounds how long a slow client may hold a connection; and it
// lets a route hand out a body it compressed once (lib/server/http/pre-encoded.ts: Next alone would compress it again).
// Every request gets an id (X-Request-Id, back to the client too) that the logs name.
import { createServer } from 'node:http';
import next from 'next';
import { parseServerArgs } from './lib/server/config/server-args.ts';
import { execWithServerNodeFlags } from './lib/server/config/server-node-flags.ts';
import { getEnv } from './lib/server/config/env.ts';
import { exampleDraft } from './lib/shared/draft/example-draft.ts';
import { errorBody } from './lib/shared/http/error-codes.ts';
import { isRouteMethod, pageMethods, UNSUPPORTED_METHOD_HEADER } from './lib/server/http/http-methods.ts';
import { PRE_ENCODED_REQUEST_HEADER, PreEncodedServerResponse } from './lib/server/http/pre-encoded.ts';
import { assignRequestId } from './lib/server/http/request-id.ts';
import { resolveRequestSource } from './lib/server/http/request-source.ts';
import { createLogger } from './lib/server/log/logger.ts';
import { processWide } from './lib/server/runtime/process-wide.ts';
import { originFormTarget } from './lib/server/http/request-target.ts';
import { baseSecurityHeaders, privateLinkHeaders } from './lib/server/http/security-headers.ts';
import { SCRIPT_FREE_REQUEST_HEADER, scriptFreeArea, scriptFreeRoute } from './lib/server/script-free-page/routes.ts';
import { precompressedStatic } from './lib/server/http/precompressed-static.ts';

const { dev, port, hostname } = parseServerArgs(process.argv.slice(2), process.env);
// Production runs with the heap settings of lib/server/config/server-node-flags.ts: started without them (`npm start`),
// this process runs again in place with them (same pid) and never gets past this line.
if (!dev) execWithServerNodeFlags();
const env = getEnv(); // a bad variable stops the server here, with every problem named
const trust = { trustProxy: env.POSTWRIGHT_TRUST_PROXY, hops: env.POSTWRIGHT_TRUST_PROXY_HOPS };
// Made before Next loads, so the routes' serverLog() (lib/server/log/server-log.ts) finds this one.
const log = processWide('log', () => createLogger(env.POSTWRIGHT_LOG_LEVEL));

// A client must send its headers within 10 s and its whole request within 30 s; Node checks every second
// (its default, 30 s, would let a slowloris client hold a connection three times as long).
const server = createServer(
  {
    headersTimeout: 10_000,
    requestTimeout: 30_000,
    keepAliveTimeout: 5_000,
    connectionsCheckingInterval: 1_000,
    ServerResponse: PreEncodedServerResponse,
  },
  onRequest,
);

// In development: webpack, as `next build --webpack` (a custom server gets Turbopack unless it asks), and the
// hot reload's WebSocket on this server (named here, or Next would listen for it on the first server that
// hands it a request, the warm-up's).
const app = next({ dev, hostname, port, ...(dev ? { webpack: true, httpServer: server } : {}) });
const handle = app.getRequestHandler();
await app.prepare();
// Scripts and stylesheets as brotli made at build time (scripts/precompress-static.mjs), not gzip per request;
// in development the build's copies are stale, so Next serves every file itself.
const servePrecompressed = dev ? () => false : precompressedStatic('.next/static', { headers: baseSecurityHeaders });

function sendError(res, status, code, message, headers = {}) {
  const body = JSON.stringify(errorBody(code, message));
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

/** Answers here what must not reach Next; true when it did. */
function answeredHere(req, res) {
  // Next builds redirects on req.url: an absolute-form target must not make it another host's.
  const target = originFormTarget(req.url ?? '/');
  if (target === undefined) {
    sendError(res, 400, 'invalid_request', 'The request target must be a path (origin-form) or an http(s) URL');
    return true;
  }
  req.url = target;
  const source = resolveRequestSource(req, trust);
  if (!source.host) {
    sendError(res, 400, 'invalid_request', 'The request must name a valid host (Host header)');
    return true;
  }
  // What every later reader (Next, the routes' links and rate limits) takes as fact: one value each.
  req.headers['x-forwarded-for'] = source.client;
  req.headers['x-forwarded-proto'] = source.proto;
  req.headers['x-forwarded-host'] = source.host;
  delete req.headers[UNSUPPORTED_METHOD_HEADER];
  delete req.headers[SCRIPT_FREE_REQUEST_HEADER];
  // Every answer goes out through PreEncodedServerResponse (see createServer below).
  req.headers[PRE_ENCODED_REQUEST_HEADER] = '1';

  const path = req.url.split('?')[0];
  // Next's own development endpoints (error overlay, dev tools) take the methods they need.
  if (dev && path.startsWith('/__nextjs_')) return false;
  if (path === '/api' || path.startsWith('/api/')) {
    // Next refuses a method it does not know with an empty 400; the route answers 405 with its own Allow.
    if (!isRouteMethod(req.method)) {
      req.headers[UNSUPPORTED_METHOD_HEADER] = req.method;
      req.method = 'OPTIONS';
    }
    return false;
  }
  // A page that runs no script (lib/server/script-free-page/routes.ts; none is under /api, answered above) sends
  // its own fixed policy: proxy.ts, whose matcher Next reads at build time, knows it by this mark. A page whose
  // address holds a token: every answer under it, Next's redirects included, is private.
  const scriptFree = scriptFreeArea(path);
  if (scriptFree) req.headers[SCRIPT_FREE_REQUEST_HEADER] = '1';
  if (scriptFree?.privateLink)
    for (const [name, value] of Object.entries(privateLinkHeaders)) res.setHeader(name, value);
  // Pages, files and feeds are read-only (but for the review page's forms): anything else is a 405.
  const allowed = pageMethods(scriptFreeRoute(path));
  const pageAllow = allowed.join(', ');
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { Allow: pageAllow, 'Cache-Control': 'no-store' });
    res.end();
    return true;
  }
  if (!allowed.includes(req.method)) {
    sendError(res, 405, 'method_not_allowed', `${req.method} is not allowed here; this path takes ${pageAllow}`, {
      Allow: pageAllow,
    });
    return true;
  }
  return false;
}

// A client that hung up is not a server error: nothing to answer and nothing to log.
const hungUp = (req, error) =>
  req.destroyed || req.socket.destroyed || error?.code === 'ECONNRESET' || error?.code === 'ERR_STREAM_PREMATURE_CLOSE';

function onRequest(req, res) {
  const requestId = assignRequestId({ req, res }, trust.trustProxy);
  // One line per 5xx answer, whoever gave it; other answers are not logged (debug level logs them all).
  res.once('finish', () => {
    if (res.statusCode >= 500)
      log.error(
        { requestId, method: req.method, url: req.url, status: res.statusCode },
        'answered with a server error',
      );
    else if (log.isLevelEnabled('debug'))
      log.debug({ requestId, method: req.method, url: req.url, status: res.statusCode }, 'answered');
  });
  if (answeredHere(req, res) || servePrecompressed(req, res)) return;
  handle(req, res).catch((error) => {
    if (hungUp(req, error)) return;
    log.error({ err: error, requestId }, 'unexpected error');
    if (!res.headersSent) sendError(res, 500, 'internal', 'Something went wrong on our side. Please try again.');
    else res.destroy();
  });
}

const WARM_ROUNDS = 40;

/**
 * Serves each kind of request once, on a private port, before taking traffic. The first request of a
 * route loads its modules, opens (and migrates) the database and fills the content caches: seconds on a
 * busy machine, and every request that arrives meanwhile queues behind it (a load run's maximum latency
 * was that queue). Then the routes a visitor's every keystroke reaches (the live preview and the checks)
 * run a few dozen times more, until V8 has compiled them: run cold, the first hundred previews of a busy
 * start took several times as long each, and the last of them waited a second. Nothing is written.
 */
async function warmUp() {
  const warm = createServer({ ServerResponse: PreEncodedServerResponse }, onRequest);
  await new Promise((resolve) => warm.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${warm.address().port}`;
  const json = { 'content-type': 'application/json' };
  const draft = JSON.stringify(exampleDraft);
  const noSuchPosting = 'AAAAAAAAAAAAAAAAAAAAAA';
  const requests = [
    [`/api/postings/${noSuchPosting}`],
    [`/p/${noSuchPosting}`],
    ['/api/catalog/back-end-developer'],
    ['/api/jobs'],
    ['/api/render?format=html', { method: 'POST', headers: json, body: draft }],
    ['/api/checks', { method: 'POST', headers: json, body: draft }],
    ['/'],
    ['/skills'],
    ['/build'],
  ];
  const started = Date.now();
  const send = ([path, init]) =>
    fetch(base + path, { ...init, signal: AbortSignal.timeout(20_000) }).then((res) => res.arrayBuffer());
  await Promise.allSettled(requests.map(send));
  const hot = requests.filter(([path]) => path.startsWith('/api/render') || path === '/api/checks');
  // Bounded in time too: a machine this slow gains nothing from waiting longer before it listens.
  for (let round = 0; round < WARM_ROUNDS && Date.now() - started < 10_000; round++)
    await Promise.allSettled(hot.map(send));
  await new Promise((resolve) => warm.close(resolve));
  return Date.now() - started;
}

const warmedInMs = await warmUp();

server.listen(port, hostname, () => {
  const shown = hostname === '0.0.0.0' ? 'localhost' : hostname;
  log.info({ url: `http://${shown}:${port}`, warmedInMs, dev }, 'Postwright ready');
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
