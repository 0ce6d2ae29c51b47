import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { MAX_BODY_BYTES, readJsonBody } from './read-json-body';

const post = (body: BodyInit | null, type = 'application/json', headers: Record<string, string> = {}) =>
  new Request('http://x.test/api', {
    method: 'POST',
    body,
    headers: { 'content-type': type, ...headers },
    duplex: 'half',
  } as RequestInit);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof ApiError ? `${error.status} ${error.code}` : String(error);
  }
}

describe('readJsonBody', () => {
  it('parses a JSON body', async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(post('{"a":1}', 'application/json; charset=utf-8'))).toEqual({ a: 1 });
  });

  it('refuses other media types with 415', async () => {
    expect(await codeOf(readJsonBody(post('{"a":1}', 'text/plain')))).toBe('415 unsupported_media_type');
    expect(await codeOf(readJsonBody(post('a=1', 'application/x-www-form-urlencoded')))).toBe(
      '415 unsupported_media_type',
    );
  });

  it('refuses invalid JSON, empty bodies and invalid UTF-8 with 400', async () => {
    expect(await codeOf(readJsonBody(post('{"a":')))).toBe('400 invalid_json');
    expect(await codeOf(readJsonBody(post('')))).toBe('400 invalid_json');
    expect(await codeOf(readJsonBody(post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))))).toBe('400 invalid_json');
  });

  it('refuses a body over the limit with 413, by declared length or while streaming', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(MAX_BODY_BYTES) });
    expect(await codeOf(readJsonBody(post(big)))).toBe('413 payload_too_large');
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        if (pulled > 50 * 1024 * 1024) controller.close();
      },
    });
    expect(await codeOf(readJsonBody(post(endless)))).toBe('413 payload_too_large');
    // Stopped soon after the limit, not after reading everything.
    expect(pulled).toBeLessThan(MAX_BODY_BYTES + 4 * 64 * 1024);
  });

  it('calls a body cut off mid-stream (the client hung up) an aborted request, not a server error', async () => {
    let sent = false;
    const cut = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
        sent = true;
        controller.enqueue(new TextEncoder().encode('{"job": {"title": "'));
      },
    });
    expect(await codeOf(readJsonBody(post(cut)))).toBe('400 aborted');
  });
});
