import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, vi } from 'vitest';
import { definePublishApiSuite, importPublishRoutes } from './publish-api-suite';

definePublishApiSuite('SQLite', async () => {
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('POSTWRIGHT_SQLITE_PATH', path.join(mkdtempSync(path.join(tmpdir(), 'postwright-publish-')), 'db.sqlite'));
  return importPublishRoutes();
});

afterAll(async () => {
  const { closeDb } = await import('../../lib/db');
  await closeDb();
});
