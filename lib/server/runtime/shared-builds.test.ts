import { describe, expect, it } from 'vitest';
import { createSharedBuilds } from './shared-builds';

const later = <T>(value: T) => new Promise<T>((resolve) => setImmediate(() => resolve(value)));

describe('createSharedBuilds', () => {
  it('runs one build for callers that ask for a key while it is under way, then serves it from memory', async () => {
    const builds = createSharedBuilds<string>(10);
    let runs = 0;
    const build = () => later(`value ${++runs}`);
    const [a, b, c] = await Promise.all([builds.get('k', build), builds.get('k', build), builds.get('k', build)]);
    expect([a, b, c]).toEqual(['value 1', 'value 1', 'value 1']);
    expect(await builds.get('k', build)).toBe('value 1');
    expect(runs).toBe(1);
    expect(await builds.get('other', build)).toBe('value 2');
    expect(builds.stats).toMatchObject({ entries: 2, building: 0, builds: 2 });
  });

  it('keeps no failure: every waiting caller sees it, and the next one builds again', async () => {
    const builds = createSharedBuilds<string>(10);
    const failing = () => later(undefined).then(() => Promise.reject(new Error('database away')));
    const waits = [builds.get('k', failing), builds.get('k', failing)];
    for (const wait of waits) await expect(wait).rejects.toThrow('database away');
    expect(await builds.get('k', () => later('rebuilt'))).toBe('rebuilt');
    expect(builds.stats.builds).toBe(2);
  });

  it('keeps within its byte bound', async () => {
    const builds = createSharedBuilds<string>(Infinity, { maxBytes: 10, sizeOf: (value) => value.length });
    await builds.get('a', () => later('123456'));
    await builds.get('b', () => later('123456'));
    expect(builds.stats).toMatchObject({ entries: 1, bytes: 6 });
  });

  it('forgets a value on request, and builds it again when asked', async () => {
    const builds = createSharedBuilds<string>(10);
    await builds.get('k', () => later('first'));
    builds.delete('k');
    expect(await builds.get('k', () => later('second'))).toBe('second');
  });
});
