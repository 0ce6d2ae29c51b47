import '#server-only';
import type { Kysely } from 'kysely';
import { getDb } from './index';
import type { Database } from './schema';

/**
 * The store `create` makes, on the app's database (the one the environment selects): made once per database
 * handle, so a test that points the app at a new database gets a new store.
 */
export function appStoreOf<Store>(create: (db: Kysely<Database>) => Store): () => Promise<Store> {
  const stores = new WeakMap<Kysely<Database>, Store>();
  return async () => {
    const db = await getDb();
    let store = stores.get(db);
    if (!store) stores.set(db, (store = create(db)));
    return store;
  };
}
