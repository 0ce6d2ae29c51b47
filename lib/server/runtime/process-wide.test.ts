import { describe, expect, it, vi } from 'vitest';
import { processWide } from './process-wide';

describe('processWide', () => {
  it('creates the state once per name and hands every caller, in any module copy, the same one', async () => {
    const create = vi.fn(() => ({ count: 0 }));
    const first = processWide('test.counter', create);
    first.count += 1;
    expect(processWide('test.counter', create)).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);

    // A second copy of the module, as another Next bundle would load it.
    vi.resetModules();
    const copy = await import('./process-wide');
    expect(copy.processWide('test.counter', () => ({ count: 0 }))).toEqual({ count: 1 });
    expect(processWide('test.other', () => ({ count: 5 }))).not.toBe(first);
  });
});
