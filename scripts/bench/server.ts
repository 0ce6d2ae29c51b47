import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { productionServerLaunch } from '../../lib/server/config/server-node-flags';

const BENCH_CEILING_ROUTE = '/api/bench/ceiling/route';

/** Whether `.next` holds a build made for the bench (with its ceiling route); a user's build has none. */
function hasBenchRoutes(): boolean {
  const manifest = '.next/server/app-paths-manifest.json';
  if (!existsSync('.next/BUILD_ID') || !existsSync(manifest)) return false;
  return BENCH_CEILING_ROUTE in (JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>);
}

/** The production build on a throwaway SQLite file, with rate limits lifted so load is not refused. */
export async function startProductionServer({ port, build }: { port: number; build: boolean }) {
  if (build || !hasBenchRoutes()) {
    // The bench's own routes (the ceiling, app/api/bench/ceiling/route.bench.ts) are built only here.
    const result = spawnSync('npm', ['run', 'build'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, POSTWRIGHT_BENCH_ROUTES: '1' },
    });
    if (result.status !== 0) throw new Error('npm run build failed');
  } else {
    // The export worker is bundled apart from Next (see scripts/build-export-worker.mjs): always fresh.
    const worker = spawnSync(process.execPath, ['scripts/build-export-worker.mjs'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (worker.status !== 0) throw new Error('building the export worker failed');
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'postwright-bench-'));
  // As `npm start` runs it: the heap and allocator settings are part of what is measured.
  const { args, env } = productionServerLaunch(port, {
    POSTWRIGHT_SQLITE_PATH: path.join(dataDir, 'bench.sqlite'),
    POSTWRIGHT_RATE_LIMIT_CREATE: '100000000',
    POSTWRIGHT_RATE_LIMIT_WRITE: '100000000',
    POSTWRIGHT_RATE_LIMIT_EXPORT: '100000000',
    POSTWRIGHT_RATE_LIMIT_READ: '100000000',
    POSTWRIGHT_RATE_LIMIT_DIFF: '100000000',
  });
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], detached: true, env });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/api/catalog/back-end-developer`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the production server did not start within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    pid: child.pid!,
    stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}
