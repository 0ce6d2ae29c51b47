// Imports nothing: server.mjs and the scripts that start it (the bench, the e2e server) load it directly.
// The one place the flags and the allocator's settings are written: the scripts pass them on the command line
// and in the environment, and a server started without them (`npm start`) replaces itself with one that has
// them (execWithServerNodeFlags).

/**
 * V8 heap settings for the production server (`node <flags> server.mjs`).
 *
 * Measured under the bench's load mix (100 connections for 60 s): the live heap after a full GC stays at
 * ~60-120 MB and does not grow (heap snapshots after the first tenth and at the end agree), yet RSS rose
 * from ~250 MB to ~700 MB. That was V8 sizing its heap lazily, not a leak, in two ways:
 * - the old generation may grow to 4x the live heap before the next full GC when the heap limit is 2 GB or
 *   more (here ~4 GB by default, from the machine's memory); with a 1 GB limit V8 allows ~1.6x. 1 GB is
 *   still ~5 times the live heap plus every in-process cache at its bound (exports 64 MB, public documents
 *   32 MB, feed elements 32 MB, share views and job pages 16 MB each, compressed documents 8 MB);
 * - Node's official builds have no pointer compression, so the young generation grows to two 64 MB
 *   semi-spaces and, under load, stays committed at 128 MB. 16 MB semi-spaces scavenge more often, each
 *   copying only what in-flight requests still hold.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-old-space-size=1024', '--max-semi-space-size=16'];

/**
 * The C allocator's settings for the production server, read by glibc when the process starts.
 *
 * glibc gives each thread that allocates at once an arena of its own, up to 8 per core; the server runs ~17
 * threads (the request thread, libuv's pool, V8's helpers, the SQLite and export workers). Memory freed in
 * one arena is not reused by the others, so after the bench's review, diff and export parts ~140 MB stayed
 * resident outside every V8 heap. Two arenas (as Heroku and others advise for threaded servers) cut the
 * load run's peak RSS from ~655 MB to ~580 MB with its latency and throughput unchanged (README, Benchmarks).
 */
export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

/** `env` with each SERVER_ENVIRONMENT variable it does not set; one it sets, to any value, is kept. */
export function withServerEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...SERVER_ENVIRONMENT, ...env };
}

/**
 * How the scripts start the production server, as `npm start` runs it, on 127.0.0.1:`port` (the bench, the e2e
 * server, the e2e tests' own servers): node's arguments, flags first, and its environment (`env` over this
 * process's, in production, with the allocator's settings unless one is given).
 */
export function productionServerLaunch(port: number | string, env: Record<string, string | undefined> = {}) {
  return {
    args: [...SERVER_NODE_FLAGS, 'server.mjs', '-p', String(port), '-H', '127.0.0.1'],
    env: withServerEnvironment({ ...process.env, NODE_ENV: 'production', ...env }),
  };
}

const flagName = (flag: string) => flag.split('=')[0]!;

/**
 * The SERVER_NODE_FLAGS a process was started without, on its command line or in NODE_OPTIONS. A flag given
 * with another value counts as given: whoever set it meant it.
 */
export function missingNodeFlags(execArgv: readonly string[], nodeOptions = ''): string[] {
  const given = new Set([...execArgv, ...nodeOptions.split(/\s+/)].map(flagName));
  return SERVER_NODE_FLAGS.filter((flag) => !given.has(flagName(flag)));
}

/**
 * Runs this process again, in place (same pid, `process.execve`), with the flags and environment it lacks;
 * returns only when it has them all already, or on a Node without `execve` (before 22.15), which keeps V8's
 * and glibc's defaults.
 */
export function execWithServerNodeFlags(proc: NodeJS.Process = process): void {
  const missing = missingNodeFlags(proc.execArgv, proc.env.NODE_OPTIONS);
  const envComplete = Object.keys(SERVER_ENVIRONMENT).every((name) => proc.env[name] !== undefined);
  if ((missing.length === 0 && envComplete) || !proc.execve) return;
  proc.execve(
    proc.execPath,
    [proc.execPath, ...missing, ...proc.execArgv, ...proc.argv.slice(1)],
    withServerEnvironment(proc.env),
  );
}
