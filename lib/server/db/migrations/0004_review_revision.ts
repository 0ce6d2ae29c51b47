import type { Kysely } from 'kysely';

// A counter of a posting's review state: every comment, verdict and change to a comment's resolved mark
// adds one, in the same transaction. The reviewer's page keeps its markup under this number, so a request
// reads one row to know whether what it would show has changed, on any app instance.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('postings')
    .addColumn('review_revision', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('postings').dropColumn('review_revision').execute();
}
