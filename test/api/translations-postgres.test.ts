import { afterAll, vi } from 'vitest';
import { createTestSchema, type TestSchema } from '../support/test-databases';
import { defineTranslationSuite, importTranslationRoutes } from './translations-suite';

// The same suite on PostgreSQL, in a schema of its own so parallel runs never meet.
let schema: TestSchema | undefined;

defineTranslationSuite('PostgreSQL', async () => {
  schema = await createTestSchema('translations');
  vi.stubEnv('DATABASE_URL', schema.url);
  vi.stubEnv('POSTWRIGHT_RATE_LIMIT_CREATE', '1000');
  return importTranslationRoutes();
});

afterAll(async () => {
  const { closeDb } = await import('../../lib/db');
  await closeDb();
  await schema?.drop();
});
