import '#server-only';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, ReviewCommentsTable } from '../db/schema';
import type { CommentCounts } from '../../shared/review/comment-paging';
import { REVIEW_SECTIONS, type ReviewSection } from '../../shared/review/review-schema';

// The comment reads that stay bounded however many comments a posting has: pages by cursor, the latest few
// of every section in one query, and counts that never read a comment's text.

type Db = Kysely<Database>;
type CommentRow = Selectable<ReviewCommentsTable>;

export interface CommentRowPage {
  /** Oldest first. */
  rows: CommentRow[];
  /** The cursor for the comments before these (the oldest row's seq), or null when there are none. */
  next: string | null;
}

/** PostgreSQL answers count() as a bigint string; SQLite as a number. */
const count = (value: unknown) => Number(value ?? 0);

/** Up to `limit` comments before the cursor (the latest when none), oldest first. */
export async function commentPage(
  db: Db,
  postingId: string,
  { limit, before, section }: { limit: number; before?: number; section?: ReviewSection },
): Promise<CommentRowPage> {
  let query = db.selectFrom('review_comments').selectAll().where('posting_id', '=', postingId);
  if (section) query = query.where('section', '=', section);
  if (before !== undefined) query = query.where('seq', '<', before);
  // One row more than asked says whether an earlier page exists.
  const rows = await query
    .orderBy('seq', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit).reverse();
  return { rows: page, next: rows.length > limit ? String(page[0]!.seq) : null };
}

/** The latest `limit` comments of every section, in one query, each section's oldest first. */
export async function latestBySection(db: Db, postingId: string, limit: number) {
  const ranked = db
    .selectFrom('review_comments')
    .selectAll()
    .select(sql<number>`row_number() over (partition by section order by seq desc)`.as('rank'))
    .where('posting_id', '=', postingId)
    .as('ranked');
  const rows = await db
    .selectFrom(ranked)
    .selectAll()
    .where('rank', '<=', limit + 1)
    .orderBy('seq')
    .execute();
  const pages = new Map<string, CommentRowPage>();
  for (const section of REVIEW_SECTIONS) {
    const mine = rows.filter((r) => r.section === section);
    const more = mine.length > limit;
    const shown = more ? mine.slice(1) : mine;
    pages.set(section, { rows: shown, next: more ? String(shown[0]!.seq) : null });
  }
  return pages as Map<ReviewSection, CommentRowPage>;
}

/** Open and total comments, per section and in all, from one aggregate query. */
export async function commentCounts(db: Db, postingId: string, limits: { open: number; total: number }) {
  const rows = await db
    .selectFrom('review_comments')
    .select(['section', (eb) => eb.fn.countAll().as('total'), (eb) => eb.fn.count('resolved_at').as('resolved')])
    .where('posting_id', '=', postingId)
    .groupBy('section')
    .execute();
  const sections = Object.fromEntries(
    REVIEW_SECTIONS.map((s) => [s, { open: 0, total: 0 }]),
  ) as CommentCounts['sections'];
  let open = 0;
  let total = 0;
  for (const row of rows) {
    const entry = sections[row.section as ReviewSection];
    if (!entry) continue;
    entry.total = count(row.total);
    entry.open = entry.total - count(row.resolved);
    open += entry.open;
    total += entry.total;
  }
  return { open, total, sections, limits: { ...limits } } satisfies CommentCounts;
}

/** Open and total comments of a posting, in the caller's transaction (so after its lock). */
export async function commentTotals(db: Db, postingId: string) {
  const row = await db
    .selectFrom('review_comments')
    .select([(eb) => eb.fn.countAll().as('total'), (eb) => eb.fn.count('resolved_at').as('resolved')])
    .where('posting_id', '=', postingId)
    .executeTakeFirst();
  const total = count(row?.total);
  return { total, open: total - count(row?.resolved) };
}

/** The last version each author commented on: at most one row per author, never the comments' text. */
export async function lastVersionByAuthor(db: Db, postingId: string) {
  const rows = await db
    .selectFrom('review_comments')
    .select(['author', (eb) => eb.fn.max('version').as('version')])
    .where('posting_id', '=', postingId)
    .groupBy('author')
    .execute();
  return rows.map((r) => ({ author: r.author, version: Number(r.version) }));
}
