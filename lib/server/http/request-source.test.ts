import { describe, expect, it } from 'vitest';
import { resolveRequestSource, validHost } from './request-source';

const request = (remoteAddress: string, headers: Record<string, string>) => ({
  socket: { remoteAddress },
  headers: { host: 'app.internal:3000', ...headers },
});

describe('resolveRequestSource', () => {
  it('without trust: the socket is the client and Host the origin, whatever X-Forwarded-* say', () => {
    const source = resolveRequestSource(
      request('203.0.113.5', {
        'x-forwarded-for': '1.2.3.4',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
      }),
      { trustProxy: false, hops: 1 },
    );
    expect(source).toEqual({ client: '203.0.113.5', proto: 'http', host: 'app.internal:3000' });
  });

  it('behind one appending proxy: the entry the proxy added, not the one the client wrote', () => {
    // nginx's $proxy_add_x_forwarded_for: what the client sent, then the address nginx saw.
    const spoofed = request('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' });
    expect(resolveRequestSource(spoofed, { trustProxy: true, hops: 1 }).client).toBe('198.51.100.7');
    const honest = request('127.0.0.1', { 'x-forwarded-for': '198.51.100.7' });
    expect(resolveRequestSource(honest, { trustProxy: true, hops: 1 }).client).toBe('198.51.100.7');
  });

  it('skips as many hops as configured, from the right, as Express does', () => {
    const chain = request('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.0.0.1' });
    expect(resolveRequestSource(chain, { trustProxy: true, hops: 1 }).client).toBe('10.0.0.1');
    expect(resolveRequestSource(chain, { trustProxy: true, hops: 2 }).client).toBe('198.51.100.7');
    // More hops than entries: the left-most address is all there is.
    expect(resolveRequestSource(chain, { trustProxy: true, hops: 9 }).client).toBe('6.6.6.6');
    // No header at all: the proxy itself.
    expect(resolveRequestSource(request('10.0.0.2', {}), { trustProxy: true, hops: 1 }).client).toBe('10.0.0.2');
  });

  it('with trust: the origin from X-Forwarded-Proto and -Host (first entry), Host when absent', () => {
    const forwarded = request('127.0.0.1', {
      'x-forwarded-proto': 'https, http',
      'x-forwarded-host': 'Jobs.Example.com, app.internal',
    });
    expect(resolveRequestSource(forwarded, { trustProxy: true, hops: 1 })).toMatchObject({
      proto: 'https',
      host: 'jobs.example.com',
    });
    const plain = resolveRequestSource(request('127.0.0.1', { 'x-forwarded-proto': 'gopher' }), {
      trustProxy: true,
      hops: 1,
    });
    expect(plain).toMatchObject({ proto: 'http', host: 'app.internal:3000' });
  });

  it('names no host when the one given could smuggle anything into a link', () => {
    const bad = request('127.0.0.1', { host: 'evil.example/path' });
    expect(resolveRequestSource(bad, { trustProxy: false, hops: 1 }).host).toBeUndefined();
  });
});

describe('validHost', () => {
  it('takes names, IPv4 and bracketed IPv6 with an optional port', () => {
    for (const host of ['localhost', 'localhost:3000', 'jobs.example.com', '127.0.0.1:8080', '[::1]:3000', '[::1]']) {
      expect(validHost(host), host).toBe(host);
    }
  });

  it('refuses paths, users, spaces, empty labels and impossible ports', () => {
    for (const host of [
      'a/b',
      'user@host',
      'a b',
      'a..b',
      '-a.com',
      'host:0',
      'host:99999',
      'host:',
      '',
      'a'.repeat(300),
    ]) {
      expect(validHost(host), host).toBeUndefined();
    }
  });
});
