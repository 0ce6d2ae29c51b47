// Calls the App Router route handlers directly with web Requests: the real parsing, storage and errors,
// without starting a server.
import { randomUUID } from 'node:crypto';

// Route handlers type their own params; the client passes whatever the test names.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Handler = (request: Request, context: any) => Promise<Response>;

export interface CallOptions {
  method?: string;
  body?: unknown;
  rawBody?: BodyInit;
  headers?: Record<string, string>;
  params?: Record<string, string>;
  client?: string;
}

/** Each test may speak as its own client (rate limits are per client: the last X-Forwarded-For entry). */
export function newClient(): string {
  return `10.${randomUUID().slice(0, 2).charCodeAt(0) % 255}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}-${randomUUID()}`;
}

export async function call(handler: Handler, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { 'x-forwarded-for': options.client ?? 'test-client', ...options.headers };
  let body: BodyInit | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const request = new Request(`http://postwright.test${path}`, { method: options.method ?? 'GET', headers, body });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const type = response.headers.get('content-type') ?? '';
  const payload = type.includes('json')
    ? await response.json()
    : type.startsWith('application/pdf')
      ? Buffer.from(await response.arrayBuffer())
      : await response.text();
  return { status: response.status, headers: response.headers, body: payload as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
