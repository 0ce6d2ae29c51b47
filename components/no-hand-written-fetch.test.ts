import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Components reach the API only through components/share/api-client.ts: a fetch call anywhere else under
// components/ bypasses the contract's schemas and error codes.

const root = path.dirname(new URL(import.meta.url).pathname);
const CLIENT = 'share/api-client.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('components', () => {
  it('never fetch by hand: only the API client does', () => {
    const files = sources(root).map((file) => path.relative(root, file));
    expect(files).toContain(CLIENT);
    const fetching = files.filter(
      (file) => file !== CLIENT && /\bfetch\s*\(/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(fetching).toEqual([]);
  });
});
