// Vitest global setup: the export pool loads its worker by path from dist/, as in production, so the tests
// run the same bundle the server does, built fresh from the sources under test.
import { buildExportWorker } from '../scripts/build-export-worker.mjs';

export default async function setup() {
  await buildExportWorker();
}
