import pg from 'pg';
import { afterAll, vi } from 'vitest';
import { TEST_POSTGRES_URL } from '../support/test-databases';
import { definePublishApiSuite, importPublishRoutes } from './publish-api-suite';

// The same suite on PostgreSQL, in a schema of its own.
const schema = `postwright_publish_${process.pid}_${Date.now()}`;

definePublishApiSuite('PostgreSQL', async () => {
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  vi.stubEnv('DATABASE_URL', url.toString());
  return importPublishRoutes();
});

afterAll(async () => {
  const { closeDb } = await import('../../lib/db');
  await closeDb();
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`drop schema if exists ${schema} cascade`);
  await admin.end();
});
