import { Worker } from 'node:worker_threads';

type ProbeMessage = { ready?: true; waits?: number[]; error?: string };

/**
 * How long other clients wait while the bench loads the server: `clients` sequential clients GET `url` back
 * to back, from when the returned promise resolves (the probe has had one answer) until `stop()`, which gives
 * each answer's latency (ms). They run in a worker thread, with an isolate and event loop of their own, so
 * that a collection in the bench's own heap (every earlier part's results, the request bodies it is sending)
 * pauses only the load it sends, and the figure is the server's.
 */
export async function startWaitProbe(url: string, clients = 1) {
  const worker = new Worker(new URL('./wait-probe-worker.mjs', import.meta.url), { workerData: { url, clients } });
  let ready: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const waits = new Promise<number[]>((resolve, reject) => {
    worker.on('message', (message: ProbeMessage) => {
      if (message.ready) ready();
      else if (message.error) reject(new Error(message.error));
      else resolve(message.waits ?? []);
    });
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('the wait probe stopped before it was asked to')));
  });
  const stop = async (): Promise<number[]> => {
    worker.postMessage('stop');
    try {
      return await waits;
    } finally {
      await worker.terminate();
    }
  };
  await Promise.race([started, waits]);
  return { stop };
}

/** The probe's latencies while `work` runs, and what `work` gave. */
export async function waitsDuring<T>(url: string, work: () => Promise<T>, clients = 1) {
  const probe = await startWaitProbe(url, clients);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await probe.stop().catch(() => {});
    throw error;
  }
  return { result, waits: await probe.stop() };
}
