import { afterAll, beforeAll } from 'vitest';
import { createDb, type DbHandle } from '../../lib/server/db';
import type { TestBackend } from './test-databases';

/**
 * A fresh, migrated database of the backend for the describe block this is called in, handed to `opened`
 * before its tests, then closed and removed after them. Nothing is opened where the backend is unavailable
 * (its tests are skipped).
 */
export function onFreshDatabase(backend: TestBackend, opened: (handle: DbHandle) => void) {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    if (!backend.available) return;
    handle = await createDb(await backend.freshConfig());
    opened(handle);
  });
  afterAll(async () => {
    await handle?.db.destroy();
    await backend.cleanup();
  });
}

/**
 * The describe block's stores, made by `make` over a fresh, migrated database of the backend (see
 * onFreshDatabase), with its handle: filled in before the block's tests, so read them inside the tests.
 */
export function freshStores<Stores extends object>(
  backend: TestBackend,
  make: (db: DbHandle['db']) => Stores,
): Stores & { handle: DbHandle } {
  const stores = {} as Stores & { handle: DbHandle };
  onFreshDatabase(backend, (handle) => Object.assign(stores, make(handle.db), { handle }));
  return stores;
}
