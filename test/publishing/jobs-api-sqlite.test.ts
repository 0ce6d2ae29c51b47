import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, vi } from 'vitest';
import { defineApprovalApiSuite } from './approval-api-suite';
import { defineJobsApiSuite, importCandidateRoutes, TEST_READ_LIMIT } from './jobs-api-suite';

// The candidate's side (public jobs API, approval before publishing) on SQLite.
let dir: string | undefined;
const load = async () => {
  dir ??= mkdtempSync(path.join(tmpdir(), 'postwright-jobs-'));
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('POSTWRIGHT_SQLITE_PATH', path.join(dir, 'db.sqlite'));
  vi.stubEnv('POSTWRIGHT_RATE_LIMIT_READ', String(TEST_READ_LIMIT));
  return importCandidateRoutes();
};

defineJobsApiSuite('SQLite', load);
defineApprovalApiSuite('SQLite', load);

afterAll(async () => {
  const { closeDb } = await import('../../lib/db');
  await closeDb();
});
