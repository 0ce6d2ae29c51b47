import '#server-only';
import type { Kysely } from 'kysely';
import type { Database } from '../db';
import { appStoreOf } from '../db/app-store';
import type { ApprovalState } from '../../shared/publishing/publish-contract';
import { readApprovalState } from './approval-state';
import type { Denied, Unavailable } from '../postings/results';
import { ownedRow } from '../postings/store';
import { isPostingId } from '../postings/tokens';

// Whether a posting must be approved before it is published (spec "Approval before publishing"), and
// where its review stands, for the owner's view.

type At = { now?: Date };
export type SetApprovalResult = { status: 'ok'; requireApproval: boolean } | Unavailable | Denied;
export type OwnerApproval = ApprovalState & { requireApproval: boolean };

export function createApprovalStore(db: Kysely<Database>) {
  return {
    async setRequireApproval(
      id: string,
      token: string | undefined,
      requireApproval: boolean,
      { now = new Date() }: At = {},
    ): Promise<SetApprovalResult> {
      const owned = await ownedRow(db, id, token, now);
      if (!('row' in owned)) return owned;
      await db
        .updateTable('postings')
        .set({ require_approval: requireApproval ? 1 : 0 })
        .where('id', '=', id)
        .execute();
      return { status: 'ok', requireApproval };
    },

    /** The setting and the review's state. Takes no token: the caller shows it only to the token's holder. */
    async ownerApproval(id: string): Promise<OwnerApproval> {
      const row = isPostingId(id)
        ? await db.selectFrom('postings').select('require_approval').where('id', '=', id).executeTakeFirst()
        : undefined;
      return { requireApproval: Boolean(row?.require_approval), ...(await readApprovalState(db, id)) };
    },
  };
}

export type ApprovalStore = ReturnType<typeof createApprovalStore>;

export const appApprovalStore = appStoreOf(createApprovalStore);
