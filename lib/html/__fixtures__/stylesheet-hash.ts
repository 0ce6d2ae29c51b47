import { createHash } from 'node:crypto';
import { expect } from 'vitest';

/** A hand-built page has exactly one inline stylesheet, and its policy allows that one by hash. */
export function expectStylesheetAllowedByCsp(html: string, csp: string) {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  expect(styles).toHaveLength(1);
  expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(styles[0]!).digest('base64')}'`);
}
