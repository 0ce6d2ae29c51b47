import '#server-only';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { Draft, Language } from '../../shared/draft/draft-schema';
import { draftLanguage, translationDraft, withSharedFields } from '../../shared/draft/shared-fields';
import type { CreatedPosting, Denied, Unavailable } from './results';
import { writeAtomically } from '../db/atomic-write';
import { newPostingWrites, ownedRow } from './store';
import { isPostingId, newEditToken, newPostingId } from './tokens';
import { KEEP_LATEST_VERSIONS, pruneVersions } from './version-retention';

// Language versions of one posting (spec "Languages"). A group is its first posting and the translations
// made from any member; each member is a posting of its own (id, edit token, versions, reviews, publication).
// The group is `postings.group_id` (the first posting's id, on every member including the first), and
// `postings.language` mirrors each live member's draft language under a unique index, so two requests racing
// to add the same language cannot both win.

export interface Translation {
  language: Language;
  id: string;
}

/** Another member already has the language (or the source is in it): its id, for the 409. */
export type LanguageTaken = { status: 'language_taken'; language: Language; existingId: string };

export type CreateTranslationResult =
  { status: 'ok'; created: CreatedPosting; groupId: string } | Unavailable | Denied | LanguageTaken;

type Db = Kysely<Database> | Transaction<Database>;

/** A unique index refused the write: PostgreSQL's unique_violation, SQLite's UNIQUE constraint. */
export function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(String(message));
}

/** The live member of `groupId` in `language` other than `exceptId`, if any. */
export async function memberInLanguage(db: Db, groupId: string, language: string, exceptId: string, at: string) {
  return db
    .selectFrom('postings')
    .select('id')
    .where('group_id', '=', groupId)
    .where('language', '=', language)
    .where('id', '!=', exceptId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', at)]))
    .executeTakeFirst();
}

/** Expired members give their language back: the unique index must not keep it for a posting no one can open. */
async function releaseExpiredLanguages(trx: Transaction<Database>, groupId: string, at: string) {
  await trx
    .updateTable('postings')
    .set({ language: null })
    .where('group_id', '=', groupId)
    .where('expires_at', '<=', at)
    .where('language', 'is not', null)
    .execute();
}

/**
 * Inside a save of `id` (whose row says `groupId`): the language it is saved in, refused when another live
 * member has it. Returns the member's id when taken; the save's UPDATE then writes `language` as well.
 */
export async function languageTakenInGroup(
  trx: Transaction<Database>,
  groupId: string,
  id: string,
  language: Language,
  at: string,
): Promise<string | undefined> {
  await releaseExpiredLanguages(trx, groupId, at);
  return (await memberInLanguage(trx, groupId, language, id, at))?.id;
}

/**
 * Inside a save of `sourceId` with `draft`: every other live member of the group takes the shared fields
 * (withSharedFields) as a new version of its own, keeping its text. A member whose shared fields already
 * match gets no new version. Returns the ids of the members that got one.
 */
export async function propagateSharedFields(
  trx: Transaction<Database>,
  groupId: string,
  sourceId: string,
  draft: Draft,
  at: string,
  keepLatestVersions = KEEP_LATEST_VERSIONS,
): Promise<string[]> {
  const members = await trx
    .selectFrom('postings')
    .select(['id', 'version', 'draft'])
    .where('group_id', '=', groupId)
    .where('id', '!=', sourceId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', at)]))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const changed: string[] = [];
  for (const member of members) {
    const merged = JSON.stringify(withSharedFields(JSON.parse(member.draft) as Draft, draft));
    if (merged === member.draft) continue;
    const version = member.version + 1;
    await trx
      .updateTable('postings')
      .set({ version, draft: merged, updated_at: at })
      .where('id', '=', member.id)
      .where('version', '=', member.version)
      .execute();
    await trx
      .insertInto('posting_versions')
      .values({ posting_id: member.id, version, draft: merged, created_at: at })
      .execute();
    await pruneVersions(trx, member.id, version, keepLatestVersions);
    changed.push(member.id);
  }
  return changed;
}

export function createTranslationStore(db: Kysely<Database>) {
  return {
    /** Adds a version of `sourceId` in `language`; the source's edit token is needed. */
    async create(
      sourceId: string,
      token: string | undefined,
      language: Language,
      { now = new Date() }: { now?: Date } = {},
    ): Promise<CreateTranslationResult> {
      const owned = await ownedRow(db, sourceId, token, now);
      if (!('row' in owned)) return owned;
      const source = owned.row;

      const sourceDraft = JSON.parse(source.draft) as Draft;
      const sourceLanguage = draftLanguage(sourceDraft);
      if (language === sourceLanguage) return { status: 'language_taken', language, existingId: sourceId };

      const groupId = source.group_id ?? source.id;
      const id = newPostingId();
      const editToken = newEditToken();
      const at = now.toISOString();
      const json = JSON.stringify(translationDraft(sourceDraft, language));
      try {
        const taken = await db.transaction().execute(async (trx) => {
          await releaseExpiredLanguages(trx, groupId, at);
          const existing = await memberInLanguage(trx, groupId, language, '', at);
          if (existing) return existing.id;
          // The first translation makes the source the group's first posting.
          if (source.group_id === null) {
            await trx
              .updateTable('postings')
              .set({ group_id: groupId, language: sourceLanguage })
              .where('id', '=', sourceId)
              .execute();
          }
          await writeAtomically(
            trx,
            newPostingWrites(trx, editToken, at, {
              id,
              draft: json,
              // One posting in several languages lives and needs approval as one.
              expires_at: source.expires_at,
              require_approval: source.require_approval,
              group_id: groupId,
              language,
            }),
          );
          return undefined;
        });
        if (taken) return { status: 'language_taken', language, existingId: taken };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Lost a race to a request adding the same language: name the winner.
        const winner = await memberInLanguage(db, groupId, language, '', at);
        if (!winner) throw error;
        return { status: 'language_taken', language, existingId: winner.id };
      }
      return { status: 'ok', created: { id, editToken, version: 1, createdAt: at }, groupId };
    },

    /** The other live members of `id`'s group, oldest first; [] outside any group. */
    async list(id: string, { now = new Date() }: { now?: Date } = {}): Promise<Translation[]> {
      if (!isPostingId(id)) return [];
      const at = now.toISOString();
      const rows = await db
        .selectFrom('postings as self')
        .innerJoin('postings as m', 'm.group_id', 'self.group_id')
        .select(['m.id', 'm.language'])
        .where('self.id', '=', id)
        .where('m.id', '!=', id)
        .where('m.language', 'is not', null)
        .where('m.revoked_at', 'is', null)
        .where((eb) => eb.or([eb('m.expires_at', 'is', null), eb('m.expires_at', '>', at)]))
        .orderBy('m.created_at')
        .orderBy('m.id')
        .execute();
      return rows.map((row) => ({ language: row.language as Language, id: row.id }));
    },
  };
}

export type TranslationStore = ReturnType<typeof createTranslationStore>;
