// The production server: Next's request handler behind Node's http server, for two things `next start`
// cannot do. It names the client from the socket (Next keeps any X-Forwarded-For a client sends, which
// would let anyone dodge the rate limits), and it bounds how long a slow client may hold a connection.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const trustProxy = /^(1|true|yes)$/i.test(process.env.POSTWRIGHT_TRUST_PROXY ?? '');

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// A client must send its headers within 10 s and its whole request within 30 s; Node checks every second
// (its default, 30 s, would let a slowloris client hold a connection three times as long).
const server = createServer(
  { headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 },
  (req, res) => {
    if (!trustProxy) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? 'unknown';
    void handle(req, res);
  },
);
server.listen(port, hostname, () => {
  console.log(`Postwright ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
