import '#server-only';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ApprovalState } from '../../shared/publishing/publish-contract';
import { approvedVersion, type Verdict } from '../../shared/review/review-schema';

// Where a posting's review stands, read in the caller's connection or transaction: publishing checks it in
// the transaction that publishes, so a verdict cannot slip in between the check and the publication.

export async function readApprovalState(db: Kysely<Database>, id: string): Promise<ApprovalState> {
  const rows = await db
    .selectFrom('review_verdicts')
    .select(['version', 'verdict', 'author', 'created_at'])
    .where('posting_id', '=', id)
    .orderBy('seq')
    .execute();
  const verdicts = rows.map((row) => ({ ...row, verdict: row.verdict as Verdict }));
  const approved = approvedVersion(verdicts);
  const last = verdicts.at(-1);
  return {
    ...(approved === undefined ? {} : { approvedVersion: approved }),
    ...(last
      ? {
          latestVerdict: {
            version: last.version,
            verdict: last.verdict,
            author: last.author,
            createdAt: last.created_at,
          },
        }
      : {}),
  };
}
