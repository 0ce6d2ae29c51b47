// Test support (not a test): comments written straight into a posting's table, so a test can bring a
// posting to its cap in one statement per few hundred rows instead of thousands of rate-limited POSTs.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../lib/server/db';
import { REVIEW_SECTIONS, type ReviewSection } from '../../lib/shared/review/review-schema';

export interface SeedOptions {
  open?: number;
  resolved?: number;
  /** One section for every comment; else they go round the sections. */
  section?: ReviewSection;
  body?: (i: number) => string;
  quote?: (i: number) => string | null;
  author?: (i: number) => string;
}

/** Adds `resolved` resolved comments, then `open` open ones, oldest first; returns their ids in that order. */
export async function seedComments(db: Kysely<Database>, postingId: string, options: SeedOptions): Promise<string[]> {
  const { open = 0, resolved = 0, section, body = (i) => `Seeded comment ${i}`, quote = () => null } = options;
  const author = options.author ?? ((i: number) => `Reviewer ${i % 7}`);
  const at = new Date().toISOString();
  const rows = Array.from({ length: resolved + open }, (_, i) => ({
    id: randomUUID().replaceAll('-', '').slice(0, 16),
    posting_id: postingId,
    version: 1,
    section: section ?? REVIEW_SECTIONS[i % REVIEW_SECTIONS.length]!,
    quote: quote(i),
    body: body(i),
    author: author(i),
    created_at: at,
    resolved_at: i < resolved ? at : null,
  }));
  for (let i = 0; i < rows.length; i += 250) {
    await db
      .insertInto('review_comments')
      .values(rows.slice(i, i + 250))
      .execute();
  }
  return rows.map((r) => r.id);
}
