import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * A worker bundle in dist/, found by path at run time: Next bundles the routes, not the workers, so they are
 * built on their own (scripts/build-export-worker.mjs, part of `npm run build`).
 */
export function distWorkerFile(name: 'export-worker.mjs' | 'import-worker.mjs'): string {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), 'dist', name);
  if (!existsSync(file)) {
    throw new Error(`The worker ${file} is missing: run \`npm run build\` (or node scripts/build-export-worker.mjs)`);
  }
  return file;
}
