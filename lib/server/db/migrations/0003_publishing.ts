import type { Kysely } from 'kysely';

// One row per posting that has ever been published: which version is public and since when. Unpublishing
// keeps the row (unpublished_at set) so /jobs/{id} can answer 410 rather than 404.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('posting_publications')
    .ifNotExists()
    .addColumn('posting_id', 'text', (col) => col.primaryKey().references('postings.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('first_published_at', 'text', (col) => col.notNull())
    .addColumn('published_at', 'text', (col) => col.notNull())
    .addColumn('closes_at', 'text')
    .addColumn('unpublished_at', 'text')
    .execute();
  await db.schema
    .createIndex('posting_publications_live')
    .ifNotExists()
    .on('posting_publications')
    .columns(['unpublished_at', 'published_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('posting_publications_live').ifExists().execute();
  await db.schema.dropTable('posting_publications').ifExists().execute();
}
