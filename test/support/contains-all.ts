import { expect } from 'vitest';

/** Asserts that `text` holds every one of `parts`; a failure names the part that is missing. */
export function expectToContainAll(text: string, parts: readonly string[]) {
  for (const part of parts) expect(text, `should contain ${JSON.stringify(part)}`).toContain(part);
}
