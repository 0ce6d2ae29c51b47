import '#server-only';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { LOGOS_PER_POSTING } from '../../shared/publishing/logo-contract';
import type { EncodedLogo } from './logo-image';
import type { Denied, Unavailable } from '../postings/results';
import { authorize, unavailable } from '../postings/store';
import { isPostingId } from '../postings/tokens';

export type SaveLogoResult = { status: 'ok'; created: boolean };
export type OwnerResult = { status: 'ok' } | Unavailable | Denied;

export interface StoredLogo {
  contentType: string;
  bytes: Uint8Array;
}

export type GetLogoResult = { status: 'ok'; logo: StoredLogo } | { status: 'not_found' };

/** The logos uploaded for postings (table posting_logos): written with the edit token, read by anyone. */
export function createLogoStore(db: Kysely<Database>) {
  /** The posting's state at `now`, as every other store judges it. */
  async function postingState(id: string, now: Date) {
    if (!isPostingId(id)) return { status: 'not_found' } as const;
    const row = await db
      .selectFrom('postings')
      .select(['edit_token_hash', 'revoked_at', 'expires_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return { status: 'not_found' } as const;
    return unavailable(row, now) ?? ({ status: 'ok', row } as const);
  }

  return {
    /** Whether `token` is the posting's edit token, and the posting is still live (not revoked or expired). */
    async owner(id: string, token: string | undefined, now = new Date()): Promise<OwnerResult> {
      const state = await postingState(id, now);
      if (state.status !== 'ok') return state;
      return authorize(state.row, token) ?? { status: 'ok' };
    },

    /** Whether the posting's files may be shown: 404 unknown, 410 revoked or expired. */
    async visible(id: string, now = new Date()): Promise<{ status: 'ok' } | Unavailable> {
      const state = await postingState(id, now);
      return state.status === 'ok' ? { status: 'ok' } : state;
    },

    /**
     * Keeps a re-encoded logo for the posting (the same file twice is one row) and drops the oldest beyond
     * LOGOS_PER_POSTING, so a posting's logos stay bounded however often its owner uploads. The caller has
     * checked the owner first (`owner`).
     */
    async save(id: string, logo: EncodedLogo, now = new Date()): Promise<SaveLogoResult> {
      return db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('posting_logos')
          .select('hash')
          .where('posting_id', '=', id)
          .where('hash', '=', logo.hash)
          .executeTakeFirst();
        if (existing) {
          // Uploaded again: it becomes the newest, so pruning keeps it.
          await trx
            .updateTable('posting_logos')
            .set({ created_at: now.toISOString() })
            .where('posting_id', '=', id)
            .where('hash', '=', logo.hash)
            .execute();
          return { status: 'ok', created: false } as const;
        }
        await trx
          .insertInto('posting_logos')
          .values({
            posting_id: id,
            hash: logo.hash,
            content_type: logo.contentType,
            bytes: logo.bytes,
            width: logo.width,
            height: logo.height,
            created_at: now.toISOString(),
          })
          .execute();
        const kept = await trx
          .selectFrom('posting_logos')
          .select('hash')
          .where('posting_id', '=', id)
          .orderBy('created_at', 'desc')
          .orderBy('hash')
          .limit(LOGOS_PER_POSTING)
          .execute();
        await trx
          .deleteFrom('posting_logos')
          .where('posting_id', '=', id)
          .where(
            'hash',
            'not in',
            kept.map((row) => row.hash),
          )
          .execute();
        return { status: 'ok', created: true } as const;
      });
    },

    /** A stored logo (whether its posting may be shown is `visible`'s to say). */
    async get(id: string, hash: string): Promise<GetLogoResult> {
      const row = await db
        .selectFrom('posting_logos')
        .select(['content_type', 'bytes'])
        .where('posting_id', '=', id)
        .where('hash', '=', hash)
        .executeTakeFirst();
      if (!row) return { status: 'not_found' };
      return { status: 'ok', logo: { contentType: row.content_type, bytes: row.bytes } };
    },
  };
}

export type LogoStore = ReturnType<typeof createLogoStore>;
