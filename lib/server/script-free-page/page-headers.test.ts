import { describe, expect, it } from 'vitest';
import { scriptFreePageCsp, scriptFreePageHeaders } from './page-headers';

describe('script-free page headers', () => {
  it('allow no script and no inline style in production, only our own stylesheet', () => {
    const csp = scriptFreePageCsp();
    expect(csp).toMatch(/^default-src 'none'; style-src 'self'; /);
    expect(csp).not.toMatch(/script-src|unsafe-inline|unsafe-eval|nonce-/);
    expect(csp).toContain(`form-action 'none'`);
    expect(scriptFreePageCsp({ forms: true })).toContain(`form-action 'self'`);
    expect(csp).toContain(`frame-ancestors 'none'`);
  });

  it('carry the baseline, and noindex only when asked', () => {
    const share = scriptFreePageHeaders({ noindex: true });
    expect(share['X-Robots-Tag']).toBe('noindex');
    expect(share['Referrer-Policy']).toBe('no-referrer');
    expect(share['X-Content-Type-Options']).toBe('nosniff');
    expect(scriptFreePageHeaders({ cacheControl: 'public, max-age=300' })).not.toHaveProperty('X-Robots-Tag');
  });
});
