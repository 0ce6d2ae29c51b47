import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, vi } from 'vitest';
import { defineLogoApiSuite, importLogoRoutes } from './logo-api-suite';

defineLogoApiSuite('SQLite', async () => {
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('POSTWRIGHT_SQLITE_PATH', path.join(mkdtempSync(path.join(tmpdir(), 'postwright-logo-')), 'db.sqlite'));
  return importLogoRoutes();
});

afterAll(async () => {
  const { closeDb } = await import('../../lib/db');
  await closeDb();
});
