import '#server-only';
import type { Insertable, Kysely, Selectable } from 'kysely';
import { writeAtomically } from '../db/atomic-write';
import type { Database, PostingsTable } from '../db/schema';
import type { Draft } from '../../shared/draft/draft-schema';
import { draftLanguage } from '../../shared/draft/shared-fields';
import type {
  CreateOptions,
  CreatedPosting,
  Denied,
  GetResult,
  RevokeResult,
  Unavailable,
  UpdateInput,
  UpdateResult,
  VersionResult,
  VersionsResult,
} from './results';
import { hashToken, isPostingId, newEditToken, newPostingId, tokenMatches } from './tokens';
import {
  isUniqueViolation,
  languageTakenInGroup,
  memberInLanguage,
  propagateSharedFields,
  type LanguageTaken,
} from './translation-store';
import { KEEP_LATEST_VERSIONS, pruneVersions } from './version-retention';

type PostingRow = Selectable<PostingsTable>;
type At = { now?: Date };

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);
const isVersionNumber = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 1;

/** Why a posting cannot be used now, or undefined when it can. */
export function unavailable(row: Pick<PostingRow, 'revoked_at' | 'expires_at'>, now: Date): Unavailable | undefined {
  if (row.revoked_at !== null) return { status: 'gone', reason: 'revoked' };
  if (row.expires_at !== null && row.expires_at <= now.toISOString()) return { status: 'gone', reason: 'expired' };
  return undefined;
}

/** Whether `token` is the posting's edit token: nothing when it is, else why not. */
export function authorize(row: Pick<PostingRow, 'edit_token_hash'>, token: string | undefined): Denied | undefined {
  if (token === undefined) return { status: 'unauthorized' };
  return tokenMatches(token, row.edit_token_hash) ? undefined : { status: 'forbidden' };
}

// An id not of the generated shape cannot exist: answered without a query.
async function findRow(db: Kysely<Database>, id: string): Promise<PostingRow | undefined> {
  if (!isPostingId(id)) return undefined;
  return db.selectFrom('postings').selectAll().where('id', '=', id).executeTakeFirst();
}

async function usableRow(db: Kysely<Database>, id: string, now: Date): Promise<{ row: PostingRow } | Unavailable> {
  const row = await findRow(db, id);
  if (!row) return { status: 'not_found' };
  return unavailable(row, now) ?? { row };
}

/** The posting's row when it is live and `token` is its edit token; otherwise why not. */
export async function ownedRow(
  db: Kysely<Database>,
  id: string,
  token: string | undefined,
  now: Date,
): Promise<{ row: PostingRow } | Unavailable | Denied> {
  const found = await usableRow(db, id, now);
  if (!('row' in found)) return found;
  return authorize(found.row, token) ?? found;
}

type NewPosting = Pick<Insertable<PostingsTable>, 'id' | 'draft' | 'expires_at'> &
  Partial<Pick<Insertable<PostingsTable>, 'require_approval' | 'group_id' | 'language'>>;

/** The writes of a new posting at version 1 and of that version, to run together (`writeAtomically`, or in a transaction). */
export function newPostingWrites(db: Kysely<Database>, editToken: string, at: string, posting: NewPosting) {
  return [
    db
      .insertInto('postings')
      .values({
        edit_token_hash: hashToken(editToken),
        version: 1,
        created_at: at,
        updated_at: at,
        revoked_at: null,
        ...posting,
      })
      .compile(),
    db
      .insertInto('posting_versions')
      .values({ posting_id: posting.id, version: 1, draft: posting.draft, created_at: at })
      .compile(),
  ];
}

/**
 * Postings and their versions over one Kysely database; every expected outcome is a value, not an exception.
 * `keepLatestVersions`: how many of the latest versions a save keeps besides the reviewed and published ones.
 */
export function createPostingStore(
  db: Kysely<Database>,
  { keepLatestVersions = KEEP_LATEST_VERSIONS }: { keepLatestVersions?: number } = {},
) {
  return {
    async create(draft: Draft, { expiresAt = null, now = new Date() }: CreateOptions = {}): Promise<CreatedPosting> {
      const id = newPostingId();
      const editToken = newEditToken();
      const at = now.toISOString();
      const json = JSON.stringify(draft);
      // One message to SQLite's worker, not a transaction held across three round trips (atomic-write.ts).
      await writeAtomically(db, newPostingWrites(db, editToken, at, { id, draft: json, expires_at: iso(expiresAt) }));
      return { id, editToken, version: 1, createdAt: at };
    },

    /** With `editToken`, also whether it is this posting's (a wrong one is refused, as on a write). */
    async get(id: string, { now = new Date(), editToken }: At & { editToken?: string } = {}): Promise<GetResult> {
      const found = await usableRow(db, id, now);
      if (!('row' in found)) return found;
      const { row } = found;
      if (editToken !== undefined && !tokenMatches(editToken, row.edit_token_hash)) return { status: 'forbidden' };
      return {
        status: 'ok',
        editable: editToken !== undefined,
        posting: {
          id: row.id,
          version: row.version,
          draft: JSON.parse(row.draft) as Draft,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
          expiresAt: row.expires_at,
        },
      };
    },

    async update(id: string, input: UpdateInput): Promise<UpdateResult> {
      const now = input.now ?? new Date();
      const found = await ownedRow(db, id, input.token, now);
      if (!('row' in found)) return found;
      const { ifMatch } = input;
      if (ifMatch === undefined) return { status: 'precondition_required' };
      if (!isVersionNumber(ifMatch)) return { status: 'stale', currentVersion: found.row.version };

      const at = now.toISOString();
      const json = JSON.stringify(input.draft);
      const groupId = found.row.group_id;
      const language = draftLanguage(input.draft);
      // The version in the WHERE decides between concurrent writers: the row changes for exactly one of
      // them (PostgreSQL re-checks it after waiting on the row lock; SQLite runs one writer at a time).
      const save = db.transaction().execute(async (trx): Promise<'won' | 'lost' | LanguageTaken> => {
        if (groupId !== null) {
          const taken = await languageTakenInGroup(trx, groupId, id, language, at);
          if (taken) return { status: 'language_taken', language, existingId: taken };
        }
        const updated = await trx
          .updateTable('postings')
          .set((eb) => ({
            version: eb('version', '+', 1),
            draft: json,
            updated_at: at,
            ...(groupId === null ? {} : { language }),
            ...(input.expiresAt === undefined ? {} : { expires_at: iso(input.expiresAt) }),
          }))
          .where('id', '=', id)
          .where('version', '=', ifMatch)
          .where('revoked_at', 'is', null)
          .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', at)]))
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return 'lost';
        await trx
          .insertInto('posting_versions')
          .values({ posting_id: id, version: ifMatch + 1, draft: json, created_at: at })
          .execute();
        await pruneVersions(trx, id, ifMatch + 1, keepLatestVersions);
        // The other language versions follow the shared fields in the same transaction (spec "Languages").
        if (groupId !== null) await propagateSharedFields(trx, groupId, id, input.draft, at, keepLatestVersions);
        return 'won';
      });
      // A translation added in that language at the same moment wins on the unique index: a 409 like any other.
      const outcome = await save.catch(async (error: unknown): Promise<LanguageTaken> => {
        const winner = isUniqueViolation(error) ? await memberInLanguage(db, groupId!, language, id, at) : undefined;
        if (!winner) throw error;
        return { status: 'language_taken', language, existingId: winner.id };
      });
      if (outcome === 'won') return { status: 'ok', version: ifMatch + 1 };
      if (outcome !== 'lost') return outcome;

      // Lost: say why as it is now (revoked or expired meanwhile, or simply a newer version).
      const current = await usableRow(db, id, now);
      return 'row' in current ? { status: 'stale', currentVersion: current.row.version } : current;
    },

    async revoke(id: string, token: string | undefined, { now = new Date() }: At = {}): Promise<RevokeResult> {
      const found = await ownedRow(db, id, token, now);
      if (!('row' in found)) return found;
      await db
        .updateTable('postings')
        // A revoked member leaves its language free for a new version in the group.
        .set({ revoked_at: now.toISOString(), language: null })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
      return { status: 'ok' };
    },

    /** Every stored version, newest first. */
    async listVersions(id: string, { now = new Date() }: At = {}): Promise<VersionsResult> {
      const found = await usableRow(db, id, now);
      if (!('row' in found)) return found;
      const rows = await db
        .selectFrom('posting_versions')
        .select(['version', 'created_at'])
        .where('posting_id', '=', id)
        .orderBy('version', 'desc')
        .execute();
      return { status: 'ok', versions: rows.map((r) => ({ version: r.version, createdAt: r.created_at })) };
    },

    async getVersion(id: string, version: number, { now = new Date() }: At = {}): Promise<VersionResult> {
      const found = await usableRow(db, id, now);
      if (!('row' in found)) return found;
      if (!isVersionNumber(version)) return { status: 'not_found' };
      const row = await db
        .selectFrom('posting_versions')
        .select(['version', 'draft', 'created_at'])
        .where('posting_id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      // Every number up to the latest was stored once: one that is missing was pruned.
      if (!row) return version <= found.row.version ? { status: 'pruned', version } : { status: 'not_found' };
      return {
        status: 'ok',
        version: { id, version: row.version, draft: JSON.parse(row.draft) as Draft, createdAt: row.created_at },
      };
    },
  };
}

export type PostingStore = ReturnType<typeof createPostingStore>;
