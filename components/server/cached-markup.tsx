import { LRUCache } from 'lru-cache';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * Server-rendered markup kept by a key that names everything it shows: on a hit React does not render the
 * subtree again. For script-free pages only (nothing hydrates the cached markup). The cache is bounded by
 * the bytes it holds; markup larger than `maxEntryBytes` is rendered every time and not kept.
 */
export function createMarkupCache({ maxBytes, maxEntryBytes }: { maxBytes: number; maxEntryBytes: number }) {
  const cache = new LRUCache<string, string>({ maxSize: maxBytes, sizeCalculation: (html) => html.length * 2 });

  function CachedMarkup({ cacheKey, children }: { cacheKey: string; children: ReactNode }) {
    let html = cache.get(cacheKey);
    if (html === undefined) {
      html = renderToStaticMarkup(children);
      if (html.length * 2 <= maxEntryBytes) cache.set(cacheKey, html);
    }
    return <div dangerouslySetInnerHTML={{ __html: html }} />;
  }

  return {
    CachedMarkup,
    get size() {
      return cache.size;
    },
    get bytes() {
      return cache.calculatedSize;
    },
  };
}
