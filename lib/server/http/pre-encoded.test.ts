import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PRE_ENCODED_RESPONSE_HEADER, PreEncodedServerResponse } from './pre-encoded';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** The raw headers a client receives from a handler served with PreEncodedServerResponse. */
function headersSent(handler: Parameters<typeof createServer>[1]): Promise<Record<string, unknown>> {
  server = createServer({ ServerResponse: PreEncodedServerResponse }, handler);
  return new Promise((resolve, reject) => {
    server!.listen(0, '127.0.0.1', () => {
      const { port } = server!.address() as AddressInfo;
      request({ host: '127.0.0.1', port }, (res) => {
        res.resume();
        resolve(res.headers);
      })
        .on('error', reject)
        .end();
    });
  });
}

describe('PreEncodedServerResponse', () => {
  it.each(['setHeader', 'appendHeader'] as const)(
    'stores the route’s coding as Content-Encoding (%s) and never sends the private header',
    async (add) => {
      const headers = await headersSent((_req, res) => {
        res[add](PRE_ENCODED_RESPONSE_HEADER.toUpperCase(), 'br');
        res.end();
      });
      expect(headers['content-encoding']).toBe('br');
      expect(headers[PRE_ENCODED_RESPONSE_HEADER]).toBeUndefined();
    },
  );

  it('leaves every other header as Node sets it', async () => {
    const headers = await headersSent((_req, res) => {
      res.setHeader('Content-Type', 'text/plain');
      res.appendHeader('Vary', 'Accept-Encoding');
      res.end('ok');
    });
    expect(headers).toMatchObject({ 'content-type': 'text/plain', vary: 'Accept-Encoding' });
    expect(headers['content-encoding']).toBeUndefined();
  });
});
