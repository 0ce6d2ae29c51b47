import { afterAll, vi } from 'vitest';
import { createTestSchema, type TestSchema } from '../support/test-databases';
import { definePublishApiSuite, importPublishRoutes } from './publish-api-suite';

// The same suite on PostgreSQL, in a schema of its own.
let schema: TestSchema | undefined;

definePublishApiSuite('PostgreSQL', async () => {
  schema = await createTestSchema('publish');
  vi.stubEnv('DATABASE_URL', schema.url);
  return importPublishRoutes();
});

afterAll(async () => {
  const { closeDb } = await import('../../lib/db');
  await closeDb();
  await schema?.drop();
});
