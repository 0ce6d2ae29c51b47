import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { defineReviewApiSuite, importReviewRoutes } from './review-api-suite';

defineReviewApiSuite(
  'SQLite',
  async () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('POSTWRIGHT_SQLITE_PATH', path.join(mkdtempSync(path.join(tmpdir(), 'postwright-review-')), 'r.sqlite'));
    vi.stubEnv('POSTWRIGHT_RATE_LIMIT_WRITE', '12');
    vi.stubEnv('POSTWRIGHT_RATE_LIMIT_DIFF', '5');
    return importReviewRoutes();
  },
  12,
  5,
);
