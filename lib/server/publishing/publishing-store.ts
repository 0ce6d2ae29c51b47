import '#server-only';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Draft, Language } from '../../shared/draft/draft-schema';
import type { ApprovalState, Publication } from '../../shared/publishing/publish-contract';
import { readApprovalState } from '../review/approval-state';
import type { Denied, NotFound, Unavailable } from '../postings/results';
import { authorize, unavailable } from '../postings/store';
import { isPostingId } from '../postings/tokens';

// Which version of a posting is public at /jobs/{id}. A job is live while it is published, its posting is
// neither revoked nor expired, and its closing date has not passed: one condition, applied in SQL to every
// list and feed and in code to the single page, so they can never disagree.

export interface PublishedJob {
  id: string;
  version: number;
  draft: Draft;
  /** When it last went public after being off: the date posted of the feeds and JSON-LD. */
  firstPublishedAt: string;
  /** When this version was published: the sitemap's lastmod. */
  publishedAt: string;
  closesAt: string | null;
  /** The first posting of its language group (migrations/0007_translations); absent outside any group. */
  groupId?: string;
}

/** A live job without its draft: enough to tell what changed since the live set was last read. */
export type PublishedJobHead = Omit<PublishedJob, 'draft'>;

export type GoneReason = 'unpublished' | 'revoked' | 'expired' | 'closed';

export type PublishResult =
  | ({ status: 'ok'; version: number; publishedAt: string; approved: boolean } & ApprovalState)
  | Unavailable
  | Denied
  | { status: 'closed'; closingDate: string }
  /** The posting requires approval and this version is not the approved one: nothing was published. */
  | ({ status: 'not_approved'; version: number } & ApprovalState);
export type UnpublishResult = { status: 'ok' } | Unavailable | Denied;
/** A job that has left still says which language it was in, so its 410 page can be in that language. */
export type PublicJobResult =
  { status: 'ok'; job: PublishedJob } | NotFound | { status: 'gone'; reason: GoneReason; language?: Language };

/** What the live set looks like now: it changes whenever a job joins or leaves it (see `publicationStamp`). */
export interface PublicationStamp {
  live: number;
  lastPublishedAt: string | null;
}

type At = { now?: Date };

/** A job is open through the whole of its closing day (UTC). */
export function closesAt(draft: Draft): string | null {
  return draft.apply.closingDate ? `${draft.apply.closingDate}T23:59:59.999Z` : null;
}

/** What a published job is read with, but its draft (`pub`: its publication, `p`: the posting). */
const JOB_HEAD_COLUMNS = [
  'pub.posting_id',
  'pub.version',
  'pub.first_published_at',
  'pub.published_at',
  'pub.closes_at',
  'p.group_id',
] as const;

type PublicationRow = {
  posting_id: string;
  version: number;
  draft: string;
  first_published_at: string;
  published_at: string;
  closes_at: string | null;
  group_id: string | null;
};

function toPublishedJob(row: PublicationRow): PublishedJob {
  return {
    id: row.posting_id,
    version: row.version,
    draft: JSON.parse(row.draft) as Draft,
    firstPublishedAt: row.first_published_at,
    publishedAt: row.published_at,
    closesAt: row.closes_at,
    ...(row.group_id === null ? {} : { groupId: row.group_id }),
  };
}

interface LivenessRow {
  unpublished_at: string | null;
  closes_at: string | null;
  revoked_at: string | null;
  expires_at: string | null;
}

/** Why a published job is no longer live at `at`, or undefined while it is: the live set's condition in code. */
function goneReason(row: LivenessRow, at: string): GoneReason | undefined {
  if (row.revoked_at !== null) return 'revoked';
  if (row.expires_at !== null && row.expires_at <= at) return 'expired';
  if (row.unpublished_at !== null) return 'unpublished';
  if (row.closes_at !== null && row.closes_at <= at) return 'closed';
  return undefined;
}

export function createPublishingStore(db: Kysely<Database>) {
  async function ownedPosting(id: string, token: string | undefined, now: Date) {
    if (!isPostingId(id)) return { status: 'not_found' } as const;
    const row = await db
      .selectFrom('postings')
      .select(['id', 'version', 'draft', 'edit_token_hash', 'revoked_at', 'expires_at', 'require_approval'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return { status: 'not_found' } as const;
    return unavailable(row, now) ?? authorize(row, token) ?? ({ status: 'ok', row } as const);
  }

  /** The publications with their postings: the join every public read goes through. */
  function publications() {
    return db.selectFrom('posting_publications as pub').innerJoin('postings as p', 'p.id', 'pub.posting_id');
  }

  /** With the published version's draft and what a PublishedJob holds (the live set's stamp needs neither). */
  function withPublishedVersion(query: ReturnType<typeof publications>) {
    return query
      .innerJoin('posting_versions as v', (join) =>
        join.onRef('v.posting_id', '=', 'pub.posting_id').onRef('v.version', '=', 'pub.version'),
      )
      .select([...JOB_HEAD_COLUMNS, 'v.draft']);
  }

  /** The publications live at `now`. */
  function liveJobs(now: Date) {
    const at = now.toISOString();
    return publications()
      .where('pub.unpublished_at', 'is', null)
      .where('p.revoked_at', 'is', null)
      .where((eb) => eb.or([eb('p.expires_at', 'is', null), eb('p.expires_at', '>', at)]))
      .where((eb) => eb.or([eb('pub.closes_at', 'is', null), eb('pub.closes_at', '>', at)]));
  }

  return {
    /**
     * Makes the latest version public; publishing again moves the page on to the newest version. A posting
     * that requires approval is published only when that version is the approved one.
     */
    async publish(id: string, token: string | undefined, { now = new Date() }: At = {}): Promise<PublishResult> {
      const owned = await ownedPosting(id, token, now);
      if (owned.status !== 'ok') return owned;
      const draft = JSON.parse(owned.row.draft) as Draft;
      const closes = closesAt(draft);
      const at = now.toISOString();
      if (closes !== null && closes <= at) return { status: 'closed', closingDate: draft.apply.closingDate! };
      const version = owned.row.version;
      return db.transaction().execute(async (trx): Promise<PublishResult> => {
        const approval = await readApprovalState(trx, id);
        const approved = approval.approvedVersion === version;
        if (owned.row.require_approval && !approved) return { status: 'not_approved', version, ...approval };
        const current = await trx
          .selectFrom('posting_publications')
          .select(['first_published_at', 'unpublished_at'])
          .where('posting_id', '=', id)
          .executeTakeFirst();
        // A job that stays up keeps its date posted across new versions; one taken down starts afresh.
        const firstPublishedAt = current && current.unpublished_at === null ? current.first_published_at : at;
        const values = {
          version,
          first_published_at: firstPublishedAt,
          published_at: at,
          closes_at: closes,
          unpublished_at: null,
        };
        await trx
          .insertInto('posting_publications')
          .values({ posting_id: id, ...values })
          .onConflict((oc) => oc.column('posting_id').doUpdateSet(values))
          .execute();
        return { status: 'ok', version, publishedAt: at, approved, ...approval };
      });
    },

    /** Takes the page down (410 from now on); unpublishing what is not published changes nothing. */
    async unpublish(id: string, token: string | undefined, { now = new Date() }: At = {}): Promise<UnpublishResult> {
      const owned = await ownedPosting(id, token, now);
      if (owned.status !== 'ok') return owned;
      await db
        .updateTable('posting_publications')
        .set({ unpublished_at: now.toISOString() })
        .where('posting_id', '=', id)
        .where('unpublished_at', 'is', null)
        .execute();
      return { status: 'ok' };
    },

    /** The public page's job: 404 if it was never published, 410 once it left the live set. */
    async getPublicJob(id: string, { now = new Date() }: At = {}): Promise<PublicJobResult> {
      if (!isPostingId(id)) return { status: 'not_found' };
      const row = await withPublishedVersion(publications())
        .select(['pub.unpublished_at', 'p.revoked_at', 'p.expires_at'])
        .where('pub.posting_id', '=', id)
        .executeTakeFirst();
      if (!row) return { status: 'not_found' };
      const reason = goneReason(row, now.toISOString());
      const job = toPublishedJob(row);
      if (reason) return { status: 'gone', reason, ...(job.draft.language ? { language: job.draft.language } : {}) };
      return { status: 'ok', job };
    },

    /**
     * What /jobs/{id} shows now, or null when it shows nothing (never published, unpublished, revoked,
     * expired or closed). It takes no token: the caller shows it only to whoever proved to hold the edit token.
     */
    async publication(id: string, { now = new Date() }: At = {}): Promise<Publication | null> {
      if (!isPostingId(id)) return null;
      const row = await db
        .selectFrom('posting_publications as pub')
        .innerJoin('postings as p', 'p.id', 'pub.posting_id')
        .select([
          'pub.version',
          'pub.published_at',
          'pub.unpublished_at',
          'pub.closes_at',
          'p.revoked_at',
          'p.expires_at',
        ])
        .where('pub.posting_id', '=', id)
        .executeTakeFirst();
      if (!row || goneReason(row, now.toISOString())) return null;
      return { version: row.version, publishedAt: row.published_at };
    },

    /** Every live job, newest first; with `ids`, only those of them. */
    async listPublicJobs({ now = new Date(), ids }: At & { ids?: readonly string[] } = {}): Promise<PublishedJob[]> {
      if (ids?.length === 0) return [];
      let query = withPublishedVersion(liveJobs(now));
      if (ids) query = query.where('pub.posting_id', 'in', ids);
      const rows = await query.orderBy('pub.published_at', 'desc').orderBy('pub.posting_id').execute();
      return rows.map(toPublishedJob);
    },

    /** Every live job without its draft, newest first: a few bytes a job, where drafts are kilobytes. */
    async listPublicJobHeads({ now = new Date() }: At = {}): Promise<PublishedJobHead[]> {
      const rows = await liveJobs(now)
        .select(JOB_HEAD_COLUMNS)
        .orderBy('pub.published_at', 'desc')
        .orderBy('pub.posting_id')
        .execute();
      return rows.map((row) => ({
        id: row.posting_id,
        version: row.version,
        firstPublishedAt: row.first_published_at,
        publishedAt: row.published_at,
        closesAt: row.closes_at,
        ...(row.group_id === null ? {} : { groupId: row.group_id }),
      }));
    },

    /**
     * A cheap summary of the live set. Every change to it alters one of the two figures: publishing (or
     * publishing again) sets a new latest published_at, and leaving (unpublish, revoke, expiry, closing)
     * lowers the count. So whatever was built from an equal stamp is still right, on any instance.
     */
    async publicationStamp({ now = new Date() }: At = {}): Promise<PublicationStamp> {
      const row = await liveJobs(now)
        .select((eb) => [
          eb.fn.countAll<number | string | bigint>().as('live'),
          eb.fn.max('pub.published_at').as('last'),
        ])
        .executeTakeFirst();
      return { live: Number(row?.live ?? 0), lastPublishedAt: row?.last ?? null };
    },
  };
}

export type PublishingStore = ReturnType<typeof createPublishingStore>;
