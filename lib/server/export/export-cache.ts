import '#server-only';
import { createLru } from '../runtime/lru';

// Exports of a stored version never change (a version is immutable), so they are kept, bounded by bytes,
// least recently used first out; concurrent requests for the same export share one render.

export interface ExportKey {
  id: string;
  version: number;
  format: string;
  template: string;
  /** PDF only; absent for other formats, which have no pages. */
  pageSize?: string;
}

export function exportCacheKey({ id, version, format, template, pageSize }: ExportKey): string {
  return JSON.stringify([id, version, format, template, pageSize ?? null]);
}

export interface ExportCacheOptions {
  maxBytes: number;
  /** Larger files are served but not kept. */
  maxEntryBytes: number;
}

export function createExportCache({ maxBytes, maxEntryBytes }: ExportCacheOptions) {
  const entries = createLru<Uint8Array>(Infinity, { maxBytes, sizeOf: (body) => body.byteLength });
  const pending = new Map<string, Promise<Uint8Array>>();

  return {
    /** The kept export for `key`, or `render()`'s (shared with any request already rendering it), then kept. */
    async getOrRender(key: string, render: () => Promise<Uint8Array>): Promise<{ body: Uint8Array; hit: boolean }> {
      const hit = entries.get(key);
      if (hit) return { body: hit, hit: true };
      let rendering = pending.get(key);
      if (!rendering) {
        rendering = render().then((body) => {
          if (body.byteLength <= maxEntryBytes) entries.set(key, body);
          return body;
        });
        pending.set(key, rendering);
        const forget = () => pending.delete(key);
        rendering.then(forget, forget);
      }
      return { body: await rendering, hit: false };
    },
    get stats() {
      return { entries: entries.size, bytes: entries.bytes, pending: pending.size };
    },
  };
}

/** Exports of stored versions in this process: 64 MB at most, no file over 8 MB. */
export const storedExports = createExportCache({ maxBytes: 64 * 1024 * 1024, maxEntryBytes: 8 * 1024 * 1024 });
