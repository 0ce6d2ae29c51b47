// How a route handler hands Next a body it has already compressed. Imports nothing relative: server.mjs loads
// it directly (Node strips the types).
//
// Next 16 cannot be told so from a route handler's Response alone:
// - send-response.ts copies the Response's headers onto the Node response but drops Content-Encoding (and
//   Content-Length), because a body the route got from fetch() may have been decoded on the way;
// - its compression middleware (next/dist/compiled/compression, installed by router-server.js unless
//   `compress: false`) then gzips every answer of a compressible type over 1 KB to a client that accepts gzip,
//   and skips only an answer to HEAD, one with `Cache-Control: no-transform` or one whose Node response
//   already has a Content-Encoding ("already encoded").
// So bytes a route compressed were compressed a second time and labelled once (commit d30b25d). Turning
// `compress` off would leave every page uncompressed; `no-transform` would still lose the Content-Encoding.
//
// Instead the route names its coding in PRE_ENCODED_RESPONSE_HEADER, and server.mjs answers with
// PreEncodedServerResponse, which stores that header as Content-Encoding the moment Next copies it: the
// middleware then finds the answer already encoded and passes the bytes through untouched. A route does this
// only when the request carries PRE_ENCODED_REQUEST_HEADER, which server.mjs sets on every request (whatever
// a client sent): in tests nothing translates, so the route answers plain bytes there and
// Next compresses them as before.

import { ServerResponse, type IncomingMessage } from 'node:http';

/** On a request: the server turns PRE_ENCODED_RESPONSE_HEADER into Content-Encoding. */
export const PRE_ENCODED_REQUEST_HEADER = 'x-postwright-pre-encoded';

/** On a route's response: the content coding its body is already in (`br`, `gzip`). Never sent to a client. */
export const PRE_ENCODED_RESPONSE_HEADER = 'x-postwright-content-encoding';

const translated = (name: string) => (name.toLowerCase() === PRE_ENCODED_RESPONSE_HEADER ? 'Content-Encoding' : name);

/** Node's ServerResponse, except that PRE_ENCODED_RESPONSE_HEADER is stored as Content-Encoding. */
export class PreEncodedServerResponse<
  Request extends IncomingMessage = IncomingMessage,
> extends ServerResponse<Request> {
  override setHeader(name: string, value: number | string | readonly string[]): this {
    return super.setHeader(translated(name), value);
  }

  override appendHeader(name: string, value: string | readonly string[]): this {
    return super.appendHeader(translated(name), value);
  }
}
