import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { defineApiSuite, importRoutes } from './api-suite';

defineApiSuite('SQLite', async () => {
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('POSTWRIGHT_SQLITE_PATH', path.join(mkdtempSync(path.join(tmpdir(), 'postwright-api-')), 'api.sqlite'));
  vi.stubEnv('POSTWRIGHT_RATE_LIMIT_CREATE', '5');
  return importRoutes();
});
