import '#server-only';
import sharp from 'sharp';
import { createLru } from '../runtime/lru';
import type { PublishedJob } from './publishing-store';
import { jobCardSvg, jobCardText } from './job-card';

// A published version never changes, so its card is drawn once (~40 KB, ~50 ms of librsvg) and kept.
const cards = createLru<Uint8Array<ArrayBuffer>>(200, { maxBytes: 16 * 1024 * 1024, sizeOf: (png) => png.byteLength });
const drawing = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** The job's Open Graph card as PNG, drawn once per published version (concurrent requests share a draw). */
export async function jobCardPng(job: PublishedJob): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${job.id}\u0000${job.version}`;
  const kept = cards.get(key);
  if (kept) return kept;
  let pending = drawing.get(key);
  if (!pending) {
    pending = sharp(Buffer.from(jobCardSvg(jobCardText(job.draft))))
      .png({ compressionLevel: 9, palette: true })
      .toBuffer()
      .then((buffer) => {
        const png = new Uint8Array(buffer);
        cards.set(key, png);
        return png;
      })
      .finally(() => drawing.delete(key));
    drawing.set(key, pending);
  }
  return pending;
}
