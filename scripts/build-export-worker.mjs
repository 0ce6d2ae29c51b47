// Bundles the export worker (lib/server/export/export-worker.ts and the lib/ code it renders with) into one plain
// ES module, dist/export-worker.mjs, that a worker thread loads by path. Next bundles the routes but knows
// nothing of a file only a worker thread loads; npm packages stay external and load from node_modules.
// Run by `npm run build`, the e2e server, the bench and the unit tests' global setup.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const EXPORT_WORKER_OUTFILE = path.join(root, 'dist', 'export-worker.mjs');
export const IMPORT_WORKER_OUTFILE = path.join(root, 'dist', 'import-worker.mjs');

/** Builds the export worker and, beside it, the import worker (lib/server/import/import-worker.ts, same rules). */
export async function buildExportWorker(outfile = EXPORT_WORKER_OUTFILE) {
  await buildWorker(path.join(root, 'lib', 'server', 'export', 'export-worker.ts'), outfile);
  await buildWorker(
    path.join(root, 'lib', 'server', 'import', 'import-worker.ts'),
    path.join(path.dirname(outfile), 'import-worker.mjs'),
  );
  return outfile;
}

async function buildWorker(entry, outfile) {
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    jsx: 'automatic',
    // `#server-only` resolves through package.json "imports" to the server's empty marker (platform node).
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`export worker: ${path.relative(root, await buildExportWorker())}`);
}
