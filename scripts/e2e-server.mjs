// Builds (unless E2E_SKIP_BUILD=1) and starts the production server (server.mjs) for the browser tests, on a
// fresh SQLite file, with node run directly so that stopping this process stops the server too.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { productionServerLaunch } from '../lib/server/config/server-node-flags.ts';

const port = process.argv[2] ?? '3100';
const dbDir = path.resolve('data', 'e2e');
rmSync(dbDir, { recursive: true, force: true });
mkdirSync(dbDir, { recursive: true });

if (process.env.E2E_SKIP_BUILD !== '1') {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { args, env } = productionServerLaunch(port, {
  POSTWRIGHT_SQLITE_PATH: path.join(dbDir, 'postwright.sqlite'),
  POSTWRIGHT_RATE_LIMIT_CREATE: process.env.POSTWRIGHT_RATE_LIMIT_CREATE ?? '1000',
  POSTWRIGHT_RATE_LIMIT_WRITE: process.env.POSTWRIGHT_RATE_LIMIT_WRITE ?? '1000',
  POSTWRIGHT_RATE_LIMIT_EXPORT: process.env.POSTWRIGHT_RATE_LIMIT_EXPORT ?? '1000',
  POSTWRIGHT_RATE_LIMIT_DIFF: process.env.POSTWRIGHT_RATE_LIMIT_DIFF ?? '1000',
});
const server = spawn(process.execPath, args, { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
