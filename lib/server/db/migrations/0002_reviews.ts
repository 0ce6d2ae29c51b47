import { PostgresAdapter, type Kysely } from 'kysely';

// Review links, comments and verdicts. Each row hangs off its posting (deleted with it); the order rows
// were written in is an increasing integer, because two writes in one millisecond must still have one.
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const seq = postgres ? ('serial' as const) : ('integer' as const);

  await db.schema
    .createTable('review_tokens')
    .ifNotExists()
    .addColumn('token_hash', 'text', (col) => col.primaryKey())
    .addColumn('posting_id', 'text', (col) => col.notNull().references('postings.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('review_tokens_posting').ifNotExists().on('review_tokens').column('posting_id').execute();

  await db.schema
    .createTable('review_comments')
    .ifNotExists()
    .addColumn('seq', seq, (col) => (postgres ? col.primaryKey() : col.primaryKey().autoIncrement()))
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('posting_id', 'text', (col) => col.notNull().references('postings.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('section', 'text', (col) => col.notNull())
    .addColumn('quote', 'text')
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('author', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema
    .createIndex('review_comments_posting')
    .ifNotExists()
    .on('review_comments')
    .columns(['posting_id', 'seq'])
    .execute();

  await db.schema
    .createTable('review_verdicts')
    .ifNotExists()
    .addColumn('seq', seq, (col) => (postgres ? col.primaryKey() : col.primaryKey().autoIncrement()))
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('posting_id', 'text', (col) => col.notNull().references('postings.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('verdict', 'text', (col) => col.notNull())
    .addColumn('author', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('review_verdicts_posting')
    .ifNotExists()
    .on('review_verdicts')
    .columns(['posting_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('review_verdicts').ifExists().execute();
  await db.schema.dropTable('review_comments').ifExists().execute();
  await db.schema.dropTable('review_tokens').ifExists().execute();
}
