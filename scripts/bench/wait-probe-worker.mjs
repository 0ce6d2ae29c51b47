// The clients of a wait probe (wait-probe.ts), in a thread of their own: one warm-up answer, then `ready`,
// then GET `url` back to back from `clients` sequential clients until told to stop, and hand back each
// answer's latency in ms.
import { parentPort, workerData } from 'node:worker_threads';

const { url, clients } = workerData;
const waits = [];
let stopped = false;
parentPort.once('message', () => {
  stopped = true;
});

async function get() {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return performance.now() - started;
}

async function client() {
  while (!stopped) waits.push(await get());
}

get()
  .then(() => {
    parentPort.postMessage({ ready: true });
    return Promise.all(Array.from({ length: clients }, client));
  })
  .then(
    () => parentPort.postMessage({ waits }),
    (error) => parentPort.postMessage({ error: String(error) }),
  );
