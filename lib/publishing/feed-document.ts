import { create, fragment } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { createLru, stringBytes } from '../cache/lru';
import type { PublishedJob } from '../posting-store/publishing-store';

// A feed is rebuilt whenever the live set changes, but a stored version never changes: each job's element is
// built once with xmlbuilder2 and kept, so a rebuild after one publish costs one job, not a thousand. The
// cached pieces are well-formed elements the library wrote; only their order is assembled here. Bounded by
// bytes as well (an element is ~3 KB for a usual posting, up to ~100 times that near the draft size limit):
// 32 MB holds both feeds' elements for ~2,500 usual jobs.
const jobElements = createLru<string>(8192, { maxBytes: 32 * 1024 * 1024, sizeOf: (element) => stringBytes(element) });

export interface FeedSpec {
  /** Names this feed's way of writing a job (part of each cached element's key). */
  kind: string;
  root: string;
  writeHead(source: XMLBuilder): void;
  writeJob(element: XMLBuilder, job: PublishedJob): void;
}

export function buildFeedDocument(spec: FeedSpec, jobs: readonly PublishedJob[], base: string): string {
  const source = create({ version: '1.0', encoding: 'utf-8' }).ele(spec.root);
  spec.writeHead(source);
  const head = source.end({ prettyPrint: false });
  const close = `</${spec.root}>`;
  // With no children xmlbuilder2 writes `<root/>`: the head always has children, so it ends with `</root>`.
  if (!head.endsWith(close)) throw new Error(`${spec.kind} feed head must end with ${close}`);
  const elements = jobs.map((job) =>
    jobElements.getOrSet(
      [spec.kind, base, job.id, job.version, job.firstPublishedAt, job.closesAt ?? ''].join('\u0000'),
      () => {
        const piece = fragment();
        spec.writeJob(piece.ele('job'), job);
        return piece.end({ prettyPrint: false });
      },
    ),
  );
  return head.slice(0, -close.length) + elements.join('') + close;
}
