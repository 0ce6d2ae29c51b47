import { describe, expect, it } from 'vitest';
import { parseServerArgs } from './server-args';

describe('parseServerArgs', () => {
  it('selects dev mode with --dev, and production without it', () => {
    expect(parseServerArgs(['--dev']).dev).toBe(true);
    expect(parseServerArgs(['--dev', '-p', '3101']).dev).toBe(true);
    expect(parseServerArgs([]).dev).toBe(false);
    expect(parseServerArgs(['-p', '3101', '-H', '127.0.0.1']).dev).toBe(false);
  });

  it('takes the port and host from the flags, then PORT and HOSTNAME, then 3000 on every interface', () => {
    expect(parseServerArgs(['-p', '3101', '-H', '127.0.0.1'], { PORT: '4000' })).toEqual({
      dev: false,
      port: 3101,
      hostname: '127.0.0.1',
    });
    expect(parseServerArgs(['--port', '3102', '--hostname', 'localhost'])).toMatchObject({
      port: 3102,
      hostname: 'localhost',
    });
    expect(parseServerArgs([], { PORT: '4000', HOSTNAME: '::1' })).toMatchObject({ port: 4000, hostname: '::1' });
    expect(parseServerArgs([])).toMatchObject({ port: 3000, hostname: '0.0.0.0' });
  });

  it('refuses a port that is not one, and an unknown flag', () => {
    expect(() => parseServerArgs(['-p', 'http'])).toThrow(/Not a port/);
    expect(() => parseServerArgs(['-p', '70000'])).toThrow(/Not a port/);
    expect(() => parseServerArgs(['--develop'])).toThrow();
  });

  it('is what `npm run dev` passes', async () => {
    const { readFileSync } = await import('node:fs');
    const { scripts } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const args = scripts.dev!.split('&&').at(-1)!.trim().split(/\s+/);
    expect(args.slice(0, 2)).toEqual(['node', 'server.mjs']);
    expect(parseServerArgs(args.slice(2)).dev).toBe(true);
  });
});
