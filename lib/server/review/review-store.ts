import '#server-only';
import { sql, type CompiledQuery, type Insertable, type Kysely, type Selectable, type Transaction } from 'kysely';
import { nanoid } from 'nanoid';
import type { Database } from '../db';
import { appStoreOf } from '../db/app-store';
import { writeAtomically } from '../db/atomic-write';
import type { ReviewCommentsTable, ReviewVerdictsTable } from '../db/schema';
import { runsOnSqliteWorker } from '../db/sqlite-worker-dialect';
import {
  approvedVersion,
  type CommentInput,
  type ReviewComment,
  type ReviewSection,
  type ReviewVerdict,
  type Verdict,
  type VerdictInput,
} from '../../shared/review/review-schema';
import { COMMENT_LIMITS, COMMENT_PAGE } from '../../shared/review/comment-limits';
import type { CommentCounts, CommentPage } from '../../shared/review/comment-paging';
import {
  commentCounts,
  commentPage,
  commentTotals,
  lastVersionByAuthor,
  latestBySection,
  type CommentRowPage,
} from './comment-queries';
import type { Denied, Unavailable } from '../postings/results';
import { unavailable } from '../postings/store';
import { hashToken, isPostingId, newEditToken, tokenMatches } from '../postings/tokens';

// Review links, comments and verdicts of a posting. Every call first finds the posting usable (not
// revoked, not expired) and the caller's token; expected outcomes are values, only a broken database throws.

export type ReviewRole = 'owner' | 'reviewer';
type At = { now?: Date };
type VersionedInput = { version: number; author: string };

export type ReviewAccess = { status: 'ok'; role: ReviewRole; version: number } | Unavailable | Denied;
export type ReviewLinkResult = { status: 'ok'; reviewToken: string } | Unavailable | Denied;
export type RevokeLinksResult = { status: 'ok'; revoked: number } | Unavailable | Denied;
export type NoSuchVersion = { status: 'no_such_version'; currentVersion: number };
/** The posting holds as many comments (in all, or open) as it takes: COMMENT_LIMITS. */
export type CommentLimitReached = { status: 'comment_limit'; limit: 'open' | 'total'; max: number };
export type CommentResult =
  { status: 'ok'; comment: ReviewComment } | Unavailable | Denied | NoSuchVersion | CommentLimitReached;
export type CommentsResult =
  | { status: 'ok'; comments: ReviewComment[]; next: string | null; role: ReviewRole; version: number }
  | Unavailable
  | Denied;
export type CommentCountsResult = ({ status: 'ok' } & CommentCounts) | Unavailable | Denied;
export type ResolveResult =
  { status: 'ok'; comment: ReviewComment } | Unavailable | Denied | { status: 'no_such_comment' } | CommentLimitReached;
export interface CommentPageOptions {
  limit: number;
  /** A cursor (`next` of a later page): only comments before it. */
  before?: number;
  section?: ReviewSection;
}
/** The reviewer's page shows one section's comments from further back: those before the cursor. */
export type PagedBack = { section: ReviewSection; before: number };
/** A page of one section's comments, oldest first, and the cursor for the ones before it. */
export type SectionComments = CommentPage;
export type VerdictResult =
  | { status: 'ok'; review: ReviewVerdict; approvedVersion?: number }
  | Unavailable
  | Denied
  | NoSuchVersion
  | { status: 'stale'; currentVersion: number };
export type ReviewSnapshot =
  | {
      status: 'ok';
      role: ReviewRole;
      version: number;
      /** The review revision these comments and verdicts were read at (migrations/0004_review_revision). */
      revision: number;
      /** The latest draft, as JSON text (parsed by the caller only when it needs it). */
      draftJson: string;
      /** Each section's latest comments (or, for the section paged back, the page asked for). */
      threads: Record<ReviewSection, SectionComments>;
      counts: CommentCounts;
      /** The last version each comment author commented on. */
      commentVersions: { author: string; version: number }[];
      reviews: ReviewVerdict[];
    }
  | Unavailable
  | Denied;
export type VerdictsResult =
  | { status: 'ok'; reviews: ReviewVerdict[]; approvedVersion?: number; latestVersion: number; role: ReviewRole }
  | Unavailable
  | Denied;

const COMMENT_ID = /^[A-Za-z0-9_-]{16}$/;

type Refusal = CommentLimitReached | { status: 'no_such_comment' };

/** Thrown inside a write's transaction to roll it back, its revision bump too, and answer with its result. */
class Refused extends Error {
  constructor(readonly result: Refusal) {
    super(result.status);
  }
}

/** The write's result, or the refusal it threw (`R`: the refusals this write can throw). */
async function unlessRefused<T, R extends Refusal = Refusal>(write: () => Promise<T>): Promise<T | R> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Refused) return error.result as R;
    throw error;
  }
}

const toSectionComments = (page: CommentRowPage): SectionComments => ({
  comments: page.rows.map(toComment),
  next: page.next,
});
const newRowId = () => nanoid(16);

/** An optional text left blank is stored as none, so no page shows an empty quote or note. */
const blankAsNull = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : text);

function toComment(row: Selectable<ReviewCommentsTable>): ReviewComment {
  return {
    id: row.id,
    version: row.version,
    section: row.section as ReviewSection,
    ...(row.quote !== null ? { quote: row.quote } : {}),
    body: row.body,
    author: row.author,
    createdAt: row.created_at,
    resolved: row.resolved_at !== null,
  };
}

function toVerdict(row: Selectable<ReviewVerdictsTable>): ReviewVerdict {
  return {
    id: row.id,
    version: row.version,
    verdict: row.verdict as Verdict,
    author: row.author,
    ...(row.note !== null ? { note: row.note } : {}),
    createdAt: row.created_at,
  };
}

/** One more review write on this posting (see migrations/0004_review_revision), in the write's transaction. */
async function bumpRevision(trx: Transaction<Database>, id: string) {
  await trx
    .updateTable('postings')
    .set((eb) => ({ review_revision: eb('review_revision', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/**
 * A new comment and its revision bump as statements that need nothing from each other's results: the insert
 * happens only while the posting is under both caps (the total first), and the bump only when the insert did.
 * Sent to SQLite's one writer as one message (atomic-write.ts), the count and the insert are one step no other
 * write comes between, and the transaction is not held open across round trips of the request thread.
 */
function commentWithinCaps(
  db: Kysely<Database>,
  row: Omit<Insertable<ReviewCommentsTable>, 'seq'>,
  limits: { open: number; total: number },
): CompiledQuery[] {
  const insert = sql`insert into review_comments
      (id, posting_id, version, section, quote, body, author, created_at, resolved_at)
    select ${row.id}, ${row.posting_id}, ${row.version}, ${row.section}, ${row.quote}, ${row.body}, ${row.author},
      ${row.created_at}, null
    where (select count(*) from review_comments where posting_id = ${row.posting_id}) < ${limits.total}
      and (select count(*) from review_comments where posting_id = ${row.posting_id} and resolved_at is null)
        < ${limits.open}`.compile(db);
  const bump = db
    .updateTable('postings')
    .set((eb) => ({ review_revision: eb('review_revision', '+', 1) }))
    .where('id', '=', row.posting_id)
    .where((eb) => eb.exists(eb.selectFrom('review_comments').select('id').where('id', '=', row.id)))
    .compile();
  return [insert, bump];
}

export interface ReviewStoreOptions {
  /** The caps per posting; COMMENT_LIMITS unless a test asks for others. */
  commentLimits?: { open: number; total: number };
}

export function createReviewStore(db: Kysely<Database>, { commentLimits = COMMENT_LIMITS }: ReviewStoreOptions = {}) {
  /** The posting as usable now, and who the token makes the caller (edit token: owner; review token: reviewer). */
  async function accessRow(id: string, token: string | undefined, now: Date, ownerOnly = false) {
    if (!isPostingId(id)) return { status: 'not_found' } as const;
    // One round trip for both capabilities: the posting, joined with the review link this token names, if any.
    const row = await db
      .selectFrom('postings as p')
      .leftJoin('review_tokens as rt', (join) =>
        join
          .onRef('rt.posting_id', '=', 'p.id')
          .on('rt.token_hash', '=', token ? hashToken(token) : '')
          .on('rt.revoked_at', 'is', null),
      )
      .selectAll('p')
      .select('rt.posting_id as review_link')
      .where('p.id', '=', id)
      .executeTakeFirst();
    if (!row) return { status: 'not_found' } as const;
    const gone = unavailable(row, now);
    if (gone) return gone;
    if (token === undefined) return { status: 'unauthorized' } as const;
    if (tokenMatches(token, row.edit_token_hash)) return { status: 'ok', role: 'owner', row } as const;
    if (ownerOnly || token === '') return { status: 'forbidden' } as const;
    return row.review_link !== null
      ? ({ status: 'ok', role: 'reviewer', row } as const)
      : ({ status: 'forbidden' } as const);
  }

  async function access(id: string, token: string | undefined, now: Date, ownerOnly = false): Promise<ReviewAccess> {
    const found = await accessRow(id, token, now, ownerOnly);
    return found.status === 'ok' ? { status: 'ok', role: found.role, version: found.row.version } : found;
  }

  /** What only the posting's owner may do: `act` runs once the edit token has proved to be the posting's. */
  const ownerAction =
    <T>(act: (id: string, now: Date) => Promise<T>) =>
    async (id: string, editToken: string | undefined, { now = new Date() }: At = {}) => {
      const found = await access(id, editToken, now, true);
      return found.status === 'ok' ? act(id, now) : found;
    };

  /**
   * The caller's access for a new comment or verdict, and the columns the two rows share. The version may be
   * an older one (the page was open while the author saved), never a future one.
   */
  async function newReviewRow(id: string, token: string | undefined, input: VersionedInput, now: Date) {
    const found = await access(id, token, now);
    if (found.status !== 'ok') return found;
    if (input.version > found.version) {
      return { status: 'no_such_version', currentVersion: found.version } satisfies NoSuchVersion;
    }
    const row = {
      id: newRowId(),
      posting_id: id,
      version: input.version,
      author: input.author,
      created_at: now.toISOString(),
    };
    return { status: 'ok', row } as const;
  }

  type StartedRow = Extract<Awaited<ReturnType<typeof newReviewRow>>, { status: 'ok' }>;
  /** A new comment or verdict: `write` runs once the caller may write it (see newReviewRow). */
  const reviewWrite =
    <I extends VersionedInput, T>(
      write: (id: string, token: string | undefined, input: I, now: Date, started: StartedRow) => Promise<T>,
    ) =>
    async (id: string, token: string | undefined, input: I, { now = new Date() }: At = {}) => {
      const started = await newReviewRow(id, token, input, now);
      return started.status === 'ok' ? write(id, token, input, now, started) : started;
    };

  /**
   * The caps, counted after the write's revision bump: that bump holds the posting's row lock (PostgreSQL)
   * or the write lock (SQLite), so concurrent writes on one posting count in turn and none overshoots.
   */
  async function checkLimits(trx: Transaction<Database>, id: string, adding: 'comment' | 'reopen') {
    const reached = capReached(await commentTotals(trx, id), adding);
    if (reached) throw new Refused(reached);
  }

  /** The cap these counts leave no room under for one more comment or a reopen (the total first), or null. */
  function capReached(totals: { total: number; open: number }, adding: 'comment' | 'reopen') {
    if (adding === 'comment' && totals.total >= commentLimits.total) {
      return { status: 'comment_limit', limit: 'total', max: commentLimits.total } satisfies CommentLimitReached;
    }
    if (totals.open >= commentLimits.open) {
      return { status: 'comment_limit', limit: 'open', max: commentLimits.open } satisfies CommentLimitReached;
    }
    return null;
  }

  async function verdictRows(id: string) {
    return db.selectFrom('review_verdicts').selectAll().where('posting_id', '=', id).orderBy('seq').execute();
  }

  /**
   * The reviewer's page without its comments and verdicts: access, the latest version and the review
   * revision, in one query. Two reads with the same revision (and version) would show the same comments.
   */
  async function pageState(id: string, token: string | undefined, now: Date) {
    const found = await accessRow(id, token, now);
    if (found.status !== 'ok') return found;
    return {
      status: 'ok',
      role: found.role,
      version: found.row.version,
      revision: found.row.review_revision,
      draftJson: found.row.draft,
    } as const;
  }

  return {
    access: (id: string, token: string | undefined, { now = new Date() }: At = {}) => access(id, token, now),

    createLink: ownerAction(async (id, now): Promise<ReviewLinkResult> => {
      const reviewToken = newEditToken();
      await db
        .insertInto('review_tokens')
        .values({ token_hash: hashToken(reviewToken), posting_id: id, created_at: now.toISOString(), revoked_at: null })
        .execute();
      return { status: 'ok', reviewToken };
    }),

    revokeLinks: ownerAction(async (id, now): Promise<RevokeLinksResult> => {
      const result = await db
        .updateTable('review_tokens')
        .set({ revoked_at: now.toISOString() })
        .where('posting_id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return { status: 'ok', revoked: Number(result.numUpdatedRows) };
    }),

    addComment: reviewWrite(async (id, token, input: CommentInput, now, started): Promise<CommentResult> => {
      const row = {
        ...started.row,
        section: input.section,
        quote: blankAsNull(input.quote),
        body: input.body,
        resolved_at: null,
      };
      const added = { status: 'ok', comment: toComment({ ...row, seq: 0 }) } as const;
      if (runsOnSqliteWorker(db)) {
        const [inserted] = await writeAtomically(db, commentWithinCaps(db, row, commentLimits));
        if (inserted?.numAffectedRows === 1n) return added;
        // Refused: which cap, read after the fact. When neither is full any more, a comment resolved meanwhile
        // made room, so the cap the insert met was the open one.
        return (
          capReached(await commentTotals(db, id), 'comment') ??
          ({ status: 'comment_limit', limit: 'open', max: commentLimits.open } satisfies CommentLimitReached)
        );
      }
      return unlessRefused<CommentResult, CommentLimitReached>(() =>
        db.transaction().execute(async (trx) => {
          await bumpRevision(trx, id);
          await checkLimits(trx, id, 'comment');
          await trx.insertInto('review_comments').values(row).execute();
          return added;
        }),
      );
    }),

    /** A page of comments (the latest `limit` before the cursor), oldest first. */
    async listComments(
      id: string,
      token: string | undefined,
      page: CommentPageOptions = { limit: COMMENT_PAGE.defaultSize },
      { now = new Date() }: At = {},
    ): Promise<CommentsResult> {
      const found = await access(id, token, now);
      if (found.status !== 'ok') return found;
      const { comments, next } = toSectionComments(await commentPage(db, id, page));
      return { status: 'ok', comments, next, role: found.role, version: found.version };
    },

    /** How many comments the posting has, open and in all, per section: no comment is read. */
    async countComments(
      id: string,
      token: string | undefined,
      { now = new Date() }: At = {},
    ): Promise<CommentCountsResult> {
      const found = await access(id, token, now);
      if (found.status !== 'ok') return found;
      return { status: 'ok', ...(await commentCounts(db, id, commentLimits)) };
    },

    async setResolved(
      id: string,
      editToken: string | undefined,
      commentId: string,
      resolved: boolean,
      { now = new Date() }: At = {},
    ): Promise<ResolveResult> {
      const found = await access(id, editToken, now, true);
      if (found.status !== 'ok') return found;
      if (!COMMENT_ID.test(commentId)) return { status: 'no_such_comment' };
      return unlessRefused(() =>
        db.transaction().execute(async (trx) => {
          await bumpRevision(trx, id);
          // Reopening a resolved comment counts against the open cap like a new one.
          if (!resolved) {
            const current = await trx
              .selectFrom('review_comments')
              .select('resolved_at')
              .where('posting_id', '=', id)
              .where('id', '=', commentId)
              .executeTakeFirst();
            if (current && current.resolved_at !== null) await checkLimits(trx, id, 'reopen');
          }
          const row = await trx
            .updateTable('review_comments')
            .set({ resolved_at: resolved ? now.toISOString() : null })
            .where('posting_id', '=', id)
            .where('id', '=', commentId)
            .returningAll()
            .executeTakeFirst();
          if (!row) throw new Refused({ status: 'no_such_comment' });
          return { status: 'ok', comment: toComment(row) } as const;
        }),
      );
    },

    addVerdict: reviewWrite(async (id, token, input: VerdictInput, now, started): Promise<VerdictResult> => {
      const row = { ...started.row, verdict: input.verdict, note: blankAsNull(input.note) };
      // Written only while the version is still the latest: a save landing meanwhile makes this a stale verdict.
      const inserted = await db.transaction().execute(async (trx) => {
        const added = await trx
          .insertInto('review_verdicts')
          .columns(['id', 'posting_id', 'version', 'verdict', 'author', 'note', 'created_at'])
          .expression((eb) =>
            eb
              .selectFrom('postings')
              .select([
                eb.val(row.id).as('id'),
                eb.val(row.posting_id).as('posting_id'),
                eb.val(row.version).as('version'),
                eb.val(row.verdict).as('verdict'),
                eb.val(row.author).as('author'),
                eb.val(row.note).as('note'),
                eb.val(row.created_at).as('created_at'),
              ])
              .where('id', '=', id)
              .where('version', '=', input.version)
              .where('revoked_at', 'is', null),
          )
          .returning('id')
          .executeTakeFirst();
        if (added) await bumpRevision(trx, id);
        return added;
      });
      if (!inserted) {
        const current = await access(id, token, now);
        return current.status === 'ok' ? { status: 'stale', currentVersion: current.version } : current;
      }
      const all = await verdictRows(id);
      return {
        status: 'ok',
        review: toVerdict({ ...row, seq: 0 }),
        approvedVersion: approvedVersion(all.map(toVerdict)),
      };
    }),

    /** Everything the reviewer's page shows, read once: the latest draft, its comments and verdicts. */
    async snapshot(
      id: string,
      token: string | undefined,
      { now = new Date(), threadSize, pagedBack }: At & { threadSize: number; pagedBack?: PagedBack },
    ): Promise<ReviewSnapshot> {
      const state = await pageState(id, token, now);
      if (state.status !== 'ok') return state;
      const [latest, earlier, counts, commentVersions, reviews] = await Promise.all([
        latestBySection(db, id, threadSize),
        pagedBack ? commentPage(db, id, { ...pagedBack, limit: threadSize }) : null,
        commentCounts(db, id, commentLimits),
        lastVersionByAuthor(db, id),
        verdictRows(id),
      ]);
      if (pagedBack && earlier) latest.set(pagedBack.section, earlier);
      const threads = Object.fromEntries(
        [...latest].map(([section, page]) => [section, toSectionComments(page)]),
      ) as Record<ReviewSection, SectionComments>;
      return { ...state, threads, counts, commentVersions, reviews: reviews.map(toVerdict) };
    },

    pageState: (id: string, token: string | undefined, { now = new Date() }: At = {}) => pageState(id, token, now),

    /** Oldest first, with the version they make approved. */
    async listVerdicts(id: string, token: string | undefined, { now = new Date() }: At = {}): Promise<VerdictsResult> {
      const found = await access(id, token, now);
      if (found.status !== 'ok') return found;
      const reviews = (await verdictRows(id)).map(toVerdict);
      return {
        status: 'ok',
        reviews,
        approvedVersion: approvedVersion(reviews),
        latestVersion: found.version,
        role: found.role,
      };
    },
  };
}

export type ReviewStore = ReturnType<typeof createReviewStore>;

/** The review store on the app's database: what the route handlers call. */
export const appReviewStore = appStoreOf(createReviewStore);
