import '#server-only';
import type { Kysely } from 'kysely';
import { getDb, type Database } from '../db';
import { createPublishingStore, type PublishingStore } from '../posting-store/publishing-store';

// The publishing store on the app's database. Apart from public-jobs (which builds the lists and feeds) so
// that the posting route, which only reads a posting's publication, loads no feed code.

const stores = new WeakMap<Kysely<Database>, PublishingStore>();

export async function appPublishingStore(): Promise<PublishingStore> {
  const db = await getDb();
  let store = stores.get(db);
  if (!store) stores.set(db, (store = createPublishingStore(db)));
  return store;
}

/** What /jobs/{id} shows now (version and publish time), or null: for the owner's view only. */
export async function postingPublication(id: string) {
  return (await appPublishingStore()).publication(id);
}
