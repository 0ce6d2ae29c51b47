import { afterAll, vi } from 'vitest';
import { createTestSchema, type TestSchema } from '../support/test-databases';
import { defineLogoApiSuite, importLogoRoutes } from './logo-api-suite';

// The same suite on PostgreSQL (bytea), in a schema of its own.
let schema: TestSchema | undefined;

defineLogoApiSuite('PostgreSQL', async () => {
  schema = await createTestSchema('logo');
  vi.stubEnv('DATABASE_URL', schema.url);
  return importLogoRoutes();
});

afterAll(async () => {
  const { closeDb } = await import('../../lib/db');
  await closeDb();
  await schema?.drop();
});
