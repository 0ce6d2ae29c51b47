import { test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { productionServerLaunch } from '../../lib/server/config/server-node-flags';

const serverLogs = new WeakMap<ChildProcess, string>();

/** What a server started here has written to stderr so far. */
export const serverLog = (child: ChildProcess): string => serverLogs.get(child) ?? '';

/** A production server of the current build (server.mjs, as `npm start` runs it), in its own process group. */
export async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const launch = productionServerLaunch(port, env);
  const child = spawn(process.execPath, launch.args, {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: launch.env,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
    serverLogs.set(child, stderr);
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${stderr}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/catalog/back-end-developer`)).ok) return child;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function killServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid!, signal);
  } catch {
    return;
  }
  await exited;
}

/** For a describe block that needs a server of its own (its own env, a fresh SQLite file): the block runs
 * serially, the server starts before its tests and stops after them. Call inside `test.describe`. */
export function ownServer(
  port: number,
  name: string,
  env: Record<string, string> = {},
): { readonly process: ChildProcess } {
  const handle = {} as { process: ChildProcess };
  test.describe.configure({ mode: 'serial', timeout: 90_000 });
  test.beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), `postwright-${name}-`));
    handle.process = await startServer(port, {
      DATABASE_URL: '',
      POSTWRIGHT_SQLITE_PATH: path.join(dir, `${name}.sqlite`),
      ...env,
    });
  });
  test.afterAll(async () => {
    await killServer(handle.process);
  });
  return handle;
}
