import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { defineTranslationSuite, importTranslationRoutes } from './translations-suite';

defineTranslationSuite('SQLite', async () => {
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('POSTWRIGHT_SQLITE_PATH', path.join(mkdtempSync(path.join(tmpdir(), 'postwright-tr-')), 'api.sqlite'));
  vi.stubEnv('POSTWRIGHT_RATE_LIMIT_CREATE', '1000');
  return importTranslationRoutes();
});
