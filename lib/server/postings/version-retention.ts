import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';

// A posting keeps a bounded history: every save adds a version, and 2,000 saves were 47 MB. Kept for good:
// the latest KEEP_LATEST_VERSIONS, and every version a reviewer commented on or gave a verdict on (so an
// approval always has its text) and the one published. The rest are deleted by the save that pushes them
// out of the latest, in its transaction.

export const KEEP_LATEST_VERSIONS = 50;

/** Deletes the versions of `postingId` that the rule above no longer keeps, once `latest` is stored. */
export async function pruneVersions(
  trx: Transaction<Database>,
  postingId: string,
  latest: number,
  keepLatest = KEEP_LATEST_VERSIONS,
): Promise<void> {
  const oldestKept = latest - keepLatest + 1;
  if (oldestKept <= 1) return;
  await trx
    .deleteFrom('posting_versions')
    .where('posting_id', '=', postingId)
    .where('version', '<', oldestKept)
    .where('version', 'not in', trx.selectFrom('review_comments').select('version').where('posting_id', '=', postingId))
    .where('version', 'not in', trx.selectFrom('review_verdicts').select('version').where('posting_id', '=', postingId))
    .where(
      'version',
      'not in',
      trx.selectFrom('posting_publications').select('version').where('posting_id', '=', postingId),
    )
    .execute();
}
