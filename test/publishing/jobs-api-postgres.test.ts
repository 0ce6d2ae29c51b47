import pg from 'pg';
import { afterAll, vi } from 'vitest';
import { TEST_POSTGRES_URL } from '../support/test-databases';
import { defineApprovalApiSuite } from './approval-api-suite';
import { defineJobsApiSuite, importCandidateRoutes, TEST_READ_LIMIT } from './jobs-api-suite';

// The same suites on PostgreSQL, in a schema of their own.
const schema = `postwright_jobs_${process.pid}_${Date.now()}`;
let made: Promise<void> | undefined;

const load = async () => {
  made ??= (async () => {
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const url = new URL(TEST_POSTGRES_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    vi.stubEnv('DATABASE_URL', url.toString());
    vi.stubEnv('POSTWRIGHT_RATE_LIMIT_READ', String(TEST_READ_LIMIT));
  })();
  await made;
  return importCandidateRoutes();
};

defineJobsApiSuite('PostgreSQL', load);
defineApprovalApiSuite('PostgreSQL', load);

afterAll(async () => {
  const { closeDb } = await import('../../lib/db');
  await closeDb();
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`drop schema if exists ${schema} cascade`);
  await admin.end();
});
