import type { Kysely } from 'kysely';

// Language versions of one posting (spec "Languages"). `group_id` names the group's first posting (that
// posting carries its own id once it has a translation; a posting with none keeps null). `language` is the
// language of the latest draft while the posting is a live member of a group, null otherwise: the unique
// index then keeps one posting per language in a group even when two requests race (NULLs never collide,
// on SQLite and PostgreSQL alike).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('postings').addColumn('group_id', 'text').execute();
  await db.schema.alterTable('postings').addColumn('language', 'text').execute();
  await db.schema
    .createIndex('postings_group_language')
    .ifNotExists()
    .on('postings')
    .columns(['group_id', 'language'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('postings_group_language').ifExists().execute();
  await db.schema.alterTable('postings').dropColumn('language').execute();
  await db.schema.alterTable('postings').dropColumn('group_id').execute();
}
