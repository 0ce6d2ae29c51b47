import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  missingNodeFlags,
  productionServerLaunch,
  SERVER_ENVIRONMENT,
  SERVER_NODE_FLAGS,
  withServerEnvironment,
} from './server-node-flags';

const FLAGS_MODULE = new URL('./server-node-flags.ts', import.meta.url).pathname;

// A Node process that applies the flags as server.mjs does, then says what it runs with.
function startedWith(args: string[], env: Record<string, string | undefined> = {}) {
  const script = `import { execWithServerNodeFlags } from ${JSON.stringify(FLAGS_MODULE)};
import v8 from 'node:v8';
execWithServerNodeFlags();
console.log(JSON.stringify({ execArgv: process.execArgv, heapMb: v8.getHeapStatistics().heap_size_limit / 2 ** 20, arenas: process.env.MALLOC_ARENA_MAX ?? null }));`;
  const out = execFileSync(process.execPath, [...args, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', MALLOC_ARENA_MAX: undefined, ...env },
  });
  return JSON.parse(out) as { execArgv: string[]; heapMb: number; arenas: string | null };
}

describe('SERVER_NODE_FLAGS', () => {
  it('are written only here: `npm start` names none', () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.start).toBe('NODE_ENV=production node server.mjs');
    for (const flag of SERVER_NODE_FLAGS) expect(JSON.stringify(scripts)).not.toContain(flag.split('=')[0]);
  });

  it('are flags this Node accepts', () => {
    for (const flag of SERVER_NODE_FLAGS)
      expect(process.allowedNodeEnvironmentFlags.has(flag.split('=')[0]!)).toBe(true);
  });

  it('are missing unless the command line or NODE_OPTIONS names each, whatever its value', () => {
    expect(missingNodeFlags([])).toEqual(SERVER_NODE_FLAGS);
    expect(missingNodeFlags([...SERVER_NODE_FLAGS])).toEqual([]);
    expect(missingNodeFlags(['--max-old-space-size=2048'])).toEqual(['--max-semi-space-size=16']);
    expect(missingNodeFlags([], SERVER_NODE_FLAGS.join(' '))).toEqual([]);
  });

  it('are applied by running the process again in place, started with or without them', () => {
    const bare = startedWith([]);
    expect(bare.execArgv).toEqual(expect.arrayContaining([...SERVER_NODE_FLAGS]));
    expect(Math.round(bare.heapMb)).toBeLessThan(1100);
    const given = startedWith([...SERVER_NODE_FLAGS]);
    expect(given.execArgv.filter((arg) => arg.startsWith('--max-'))).toEqual([...SERVER_NODE_FLAGS]);
    expect(startedWith([], { NODE_OPTIONS: '--max-old-space-size=2048' }).execArgv).toEqual(
      expect.arrayContaining(['--max-semi-space-size=16']),
    );
  });

  it('bring the allocator settings: a server started without them runs again with them; a value given is kept', () => {
    expect(startedWith([...SERVER_NODE_FLAGS]).arenas).toBe(SERVER_ENVIRONMENT.MALLOC_ARENA_MAX);
    expect(startedWith([]).arenas).toBe(SERVER_ENVIRONMENT.MALLOC_ARENA_MAX);
    expect(startedWith([...SERVER_NODE_FLAGS], { MALLOC_ARENA_MAX: '4' }).arenas).toBe('4');
    expect(withServerEnvironment({ NODE_ENV: 'test', MALLOC_ARENA_MAX: '8' })).toEqual({
      NODE_ENV: 'test',
      MALLOC_ARENA_MAX: '8',
    });
    expect(withServerEnvironment({ NODE_ENV: 'test' })).toEqual({ NODE_ENV: 'test', ...SERVER_ENVIRONMENT });
  });
});

describe('productionServerLaunch', () => {
  it('starts server.mjs with the flags first, in production, with the allocator settings and what it is given', () => {
    const { args, env } = productionServerLaunch(3999, {
      POSTWRIGHT_SQLITE_PATH: '/tmp/x.sqlite',
      MALLOC_ARENA_MAX: '4',
    });
    expect(args).toEqual([...SERVER_NODE_FLAGS, 'server.mjs', '-p', '3999', '-H', '127.0.0.1']);
    expect(env).toMatchObject({
      NODE_ENV: 'production',
      POSTWRIGHT_SQLITE_PATH: '/tmp/x.sqlite',
      MALLOC_ARENA_MAX: '4',
    });
    expect(productionServerLaunch(3999).env).toMatchObject({ ...SERVER_ENVIRONMENT, PATH: process.env.PATH });
  });
});
