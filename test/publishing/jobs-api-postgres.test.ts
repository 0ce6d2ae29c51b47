import { afterAll, vi } from 'vitest';
import { createTestSchema, type TestSchema } from '../support/test-databases';
import { defineApprovalApiSuite } from './approval-api-suite';
import { defineJobsApiSuite, importCandidateRoutes, TEST_READ_LIMIT } from './jobs-api-suite';

// The same suites on PostgreSQL, in a schema of their own.
let made: Promise<TestSchema> | undefined;

const load = async () => {
  made ??= createTestSchema('jobs').then((schema) => {
    vi.stubEnv('DATABASE_URL', schema.url);
    vi.stubEnv('POSTWRIGHT_RATE_LIMIT_READ', String(TEST_READ_LIMIT));
    return schema;
  });
  await made;
  return importCandidateRoutes();
};

defineJobsApiSuite('PostgreSQL', load);
defineApprovalApiSuite('PostgreSQL', load);

afterAll(async () => {
  const { closeDb } = await import('../../lib/db');
  await closeDb();
  await (await made)?.drop();
});
