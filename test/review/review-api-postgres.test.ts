import pg from 'pg';
import { afterAll, vi } from 'vitest';
import { defineReviewApiSuite, importReviewRoutes } from './review-api-suite';

// The same suite on PostgreSQL, in a schema of its own so parallel runs never meet.
const adminUrl = process.env.POSTWRIGHT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `postwright_review_api_${process.pid}_${Date.now()}`;

defineReviewApiSuite(
  'PostgreSQL',
  async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    vi.stubEnv('DATABASE_URL', url.toString());
    vi.stubEnv('POSTWRIGHT_RATE_LIMIT_WRITE', '12');
    return importReviewRoutes();
  },
  12,
);

afterAll(async () => {
  const { closeDb } = await import('../../lib/db');
  await closeDb();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop schema if exists ${schema} cascade`);
  await admin.end();
});
