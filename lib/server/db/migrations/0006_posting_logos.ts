import { PostgresAdapter, type Kysely } from 'kysely';

// Logos uploaded for a posting (PUT /api/postings/{id}/logo): re-encoded image bytes, named by their SHA-256,
// a few per posting (the newest; lib/shared/publishing/logo-contract.ts LOGOS_PER_POSTING), deleted with it.
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('posting_logos')
    .ifNotExists()
    .addColumn('posting_id', 'text', (col) => col.notNull().references('postings.id').onDelete('cascade'))
    .addColumn('hash', 'text', (col) => col.notNull())
    .addColumn('content_type', 'text', (col) => col.notNull())
    .addColumn('bytes', postgres ? 'bytea' : 'blob', (col) => col.notNull())
    .addColumn('width', 'integer', (col) => col.notNull())
    .addColumn('height', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('posting_logos_pk', ['posting_id', 'hash'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('posting_logos').ifExists().execute();
}
