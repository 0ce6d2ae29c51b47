/**
 * Remembers the last few results made from a Markdown string (outputs are pure functions of it). The share
 * page renders one posting twice per request (the page and the JSON-LD description), and a shared posting's
 * exports and checks repeat; a live preview, whose text changes on every keystroke, simply misses.
 */
export function memoizeByMarkdown<T>(compute: (markdown: string) => T, capacity = 16): (markdown: string) => T {
  const cache = new Map<string, T>();
  return (markdown) => {
    const hit = cache.get(markdown);
    if (hit !== undefined) {
      cache.delete(markdown); // re-inserted below: Map order is the least recently used first
      cache.set(markdown, hit);
      return hit;
    }
    const value = compute(markdown);
    cache.set(markdown, value);
    if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
    return value;
  };
}
