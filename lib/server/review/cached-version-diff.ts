import '#server-only';
import { createLru, stringBytes } from '../runtime/lru';
import { getPostingVersion } from '../postings';
import type { VersionResult } from '../postings/results';
import { processWide } from '../runtime/process-wide';
import { diffVersions, type VersionDiff } from './version-diff';

// The diff of two versions of a posting, worked out once: stored versions never change, so the diff of
// (posting, a, b) is the same every time it is asked for. Shared by the API and the reviewer's page, and
// by the two router bundles (lib/server/runtime/process-wide.ts).

export type VersionDiffResult =
  { status: 'ok'; diff: VersionDiff } | { status: 'limited' } | Exclude<VersionResult, { status: 'ok' }>;

const diffBytes = (diff: VersionDiff) =>
  stringBytes(...diff.sections.flatMap((s) => [s.heading, ...s.parts.map((p) => p.text)])) + 64 * diff.sections.length;

// A diff of the largest versions is ~100 KB; 16 MB keeps at least 160 of those, thousands of usual ones.
const cache = processWide('version-diffs', () =>
  createLru<VersionDiff>(5000, { maxBytes: 16 * 1024 * 1024, sizeOf: diffBytes }),
);

const keyOf = (id: string, from: number, to: number) => `${id}\u0000${from}\u0000${to}`;

export interface VersionDiffOptions {
  /**
   * Asked before a diff is worked out (not when it is kept): where a caller counts it against a rate limit.
   * False answers `limited`; it may also throw.
   */
  mayCompute?: () => Promise<boolean>;
  /** Reads one version; the app's store unless given. */
  loadVersion?: (id: string, version: number) => Promise<VersionResult>;
}

/**
 * What changed from version `from` to `to`. Both versions are read every time, so a posting revoked or a
 * version pruned since the diff was kept answers as the store does, never from the cache.
 */
export async function cachedVersionDiff(
  id: string,
  from: number,
  to: number,
  { mayCompute, loadVersion = getPostingVersion }: VersionDiffOptions = {},
): Promise<VersionDiffResult> {
  const [older, newer] = await Promise.all([loadVersion(id, from), loadVersion(id, to)]);
  if (older.status !== 'ok') return older;
  if (newer.status !== 'ok') return newer;
  const key = keyOf(id, from, to);
  const kept = cache.get(key);
  if (kept) return { status: 'ok', diff: kept };
  if (mayCompute && !(await mayCompute())) return { status: 'limited' };
  // Asked at once, the same diff is worked out once: another request may have kept it meanwhile.
  const diff = cache.getOrSet(key, () => diffVersions(older.version, newer.version));
  return { status: 'ok', diff };
}
