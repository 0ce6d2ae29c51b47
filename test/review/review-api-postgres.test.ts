import { afterAll, vi } from 'vitest';
import { createTestSchema, type TestSchema } from '../support/test-databases';
import { defineReviewApiSuite, importReviewRoutes } from './review-api-suite';

// The same suite on PostgreSQL, in a schema of its own so parallel runs never meet.
let schema: TestSchema | undefined;

defineReviewApiSuite(
  'PostgreSQL',
  async () => {
    schema = await createTestSchema('review_api');
    vi.stubEnv('DATABASE_URL', schema.url);
    vi.stubEnv('POSTWRIGHT_RATE_LIMIT_WRITE', '12');
    vi.stubEnv('POSTWRIGHT_RATE_LIMIT_DIFF', '5');
    return importReviewRoutes();
  },
  12,
  5,
);

afterAll(async () => {
  const { closeDb } = await import('../../lib/db');
  await closeDb();
  await schema?.drop();
});
