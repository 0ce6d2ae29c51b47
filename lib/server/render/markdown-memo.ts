import { createLru } from '../runtime/lru';

/**
 * Remembers the last few results made from a Markdown string (outputs are pure functions of it). The share
 * page renders one posting twice per request (the page and the JSON-LD description), and a shared posting's
 * exports and checks repeat; a live preview, whose text changes on every keystroke, simply misses.
 */
export function memoizeByMarkdown<T extends NonNullable<unknown>>(
  compute: (markdown: string) => T,
  capacity = 16,
): (markdown: string) => T {
  const cache = createLru<T>(capacity);
  return (markdown) => cache.getOrSet(markdown, () => compute(markdown));
}
