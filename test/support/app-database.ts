// Test support (not a test): the one set-up of the database the app's route handlers open, for the API
// suites that run once on each store (one small test file per suite and store, so each runs in a process of
// its own and the app's process-wide database handle never leaks between suites).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, vi } from 'vitest';
import { createTestSchema } from './test-databases';

export type StoreName = 'SQLite' | 'PostgreSQL';

/**
 * Points the app (DATABASE_URL, POSTWRIGHT_SQLITE_PATH) and `env` at a new, empty database of the store, made
 * when the first suite loads its routes; closed and removed after the file. Returns what turns a suite's
 * route import into its loader.
 */
export function appDatabase(store: StoreName, label: string, env: Record<string, string> = {}) {
  let made: Promise<() => Promise<void>> | undefined;
  const make = async (): Promise<() => Promise<void>> => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    if (store === 'PostgreSQL') {
      const schema = await createTestSchema(label);
      vi.stubEnv('DATABASE_URL', schema.url);
      return schema.drop;
    }
    const folder = mkdtempSync(path.join(tmpdir(), `postwright-${label}-`));
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('POSTWRIGHT_SQLITE_PATH', path.join(folder, 'db.sqlite'));
    return async () => rmSync(folder, { recursive: true, force: true });
  };
  afterAll(async () => {
    if (!made) return;
    const { closeDb } = await import('../../lib/server/db');
    await closeDb();
    await (
      await made
    )();
  });
  return <Routes>(importRoutes: () => Promise<Routes>) =>
    async (): Promise<Routes> => {
      await (made ??= make());
      return importRoutes();
    };
}
