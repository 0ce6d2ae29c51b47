import type { Kysely } from 'kysely';

// Whether a posting may be published only once its latest version is approved (0 or 1: SQLite has no
// boolean type, and one integer reads back the same from either store).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('postings')
    .addColumn('require_approval', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('postings').dropColumn('require_approval').execute();
}
