import '#server-only';
import { createLru, stringBytes } from '@/lib/cache/lru';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * Server-rendered markup kept by a key that names everything it shows: on a hit React does not render the
 * subtree again. For script-free pages only (nothing hydrates the markup). Call it from getServerSideProps,
 * never from a page component: Next leaves getServerSideProps's imports out of the browser bundle, and
 * react-dom/server in a page would land in the framework chunk every page with script loads.
 * Bounded by the bytes it holds; markup larger than `maxEntryBytes` is rendered every time and not kept.
 */
export function createMarkupCache({ maxBytes, maxEntryBytes }: { maxBytes: number; maxEntryBytes: number }) {
  const cache = createLru<string>(10_000, { maxBytes, sizeOf: (html) => stringBytes(html) });
  return {
    /** The markup kept under `key`, if any. */
    get: (key: string): string | undefined => cache.get(key),
    markup(key: string, render: () => ReactElement): string {
      let html = cache.get(key);
      if (html === undefined) {
        html = renderToStaticMarkup(render());
        if (stringBytes(html) <= maxEntryBytes) cache.set(key, html);
      }
      return html;
    },
    get size() {
      return cache.size;
    },
    get bytes() {
      return cache.bytes;
    },
  };
}
