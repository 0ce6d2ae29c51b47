import { afterAll, vi } from 'vitest';
import { createTestSchema, type TestSchema } from '../support/test-databases';
import { defineApiSuite, importRoutes } from './api-suite';

// The same API suite on PostgreSQL, in a schema of its own so parallel runs never meet.
let schema: TestSchema | undefined;

defineApiSuite('PostgreSQL', async () => {
  schema = await createTestSchema('api');
  vi.stubEnv('DATABASE_URL', schema.url);
  vi.stubEnv('POSTWRIGHT_RATE_LIMIT_CREATE', '5');
  return importRoutes();
});

afterAll(async () => {
  const { closeDb } = await import('../../lib/db');
  await closeDb();
  await schema?.drop();
});
