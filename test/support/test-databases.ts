// Test support (not a test): the stores every storage suite runs against, each giving fresh, isolated
// databases, so parallel runs and parallel test files never meet. The one place a test makes a PostgreSQL
// schema of its own (Vitest suites and Playwright specs alike).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DbConfig } from '../../lib/server/db/connection';

export const TEST_POSTGRES_URL = process.env.POSTWRIGHT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestBackend {
  name: 'SQLite' | 'PostgreSQL';
  /** False only for PostgreSQL when it is unreachable outside CI: its suite is skipped, loudly. */
  available: boolean;
  /** A new, empty database: a file in a temp folder, or a schema of its own. */
  freshConfig(): Promise<DbConfig>;
  /** Removes every database freshConfig made. */
  cleanup(): Promise<void>;
}

export async function testBackends(label: string): Promise<TestBackend[]> {
  return [sqliteBackend(label), await postgresBackend(label)];
}

function sqliteBackend(label: string): TestBackend {
  const folders: string[] = [];
  return {
    name: 'SQLite',
    available: true,
    async freshConfig() {
      const folder = mkdtempSync(path.join(tmpdir(), `postwright-${label}-`));
      folders.push(folder);
      return { kind: 'sqlite', path: path.join(folder, 'postwright.sqlite') };
    },
    async cleanup() {
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface TestSchema {
  /** DATABASE_URL for the schema: the test server's search_path is set to it. */
  url: string;
  drop(): Promise<void>;
}

/** A new, empty PostgreSQL schema in the test database, and the URL that works inside it. */
export async function createTestSchema(label: string): Promise<TestSchema> {
  const schema = `postwright_test_${label.replace(/\W+/g, '_')}_${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) => admin.query(`create schema ${schema}`));
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: () => withAdmin((admin) => admin.query(`drop schema if exists ${schema} cascade`)).then(() => undefined),
  };
}

async function postgresBackend(label: string): Promise<TestBackend> {
  const schemas: TestSchema[] = [];
  const available = await postgresReachable();
  return {
    name: 'PostgreSQL',
    available,
    async freshConfig() {
      const schema = await createTestSchema(label);
      schemas.push(schema);
      return { kind: 'postgres', url: schema.url, poolSize: 12 };
    },
    async cleanup() {
      for (const schema of schemas.splice(0)) await schema.drop();
    },
  };
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3_000 });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** In CI an unreachable PostgreSQL fails the run; elsewhere its suites are skipped with a loud warning. */
async function postgresReachable(): Promise<boolean> {
  try {
    await withAdmin((admin) => admin.query('select 1'));
    return true;
  } catch (error) {
    const reason = `PostgreSQL at ${TEST_POSTGRES_URL} is unreachable (${(error as Error).message})`;
    if (process.env.CI) throw new Error(`${reason}: CI requires it`, { cause: error });
    console.warn(
      `\n${'!'.repeat(78)}\n!! SKIPPING the PostgreSQL storage tests: ${reason}.\n` +
        `!! Start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n${'!'.repeat(78)}\n`,
    );
    return false;
  }
}
