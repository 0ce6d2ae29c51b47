import { describe, expect, it } from 'vitest';
import { createLru, stringBytes } from './lru';

describe('createLru', () => {
  it('keeps at most `capacity` entries and evicts the least recently used', () => {
    const lru = createLru<number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now the most recently used
    lru.set('c', 3); // evicts b
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
  });

  it('replaces a value set twice without growing', () => {
    const lru = createLru<string>(2);
    lru.set('a', 'x');
    lru.set('a', 'y');
    expect(lru.get('a')).toBe('y');
    expect(lru.size).toBe(1);
  });

  it('computes a missing value once and then serves it', () => {
    const lru = createLru<number>(2);
    let calls = 0;
    const compute = () => ++calls;
    expect(lru.getOrSet('a', compute)).toBe(1);
    expect(lru.getOrSet('a', compute)).toBe(1);
    expect(calls).toBe(1);
  });

  it('with a byte bound, evicts the least recently used until the rest fits', () => {
    const lru = createLru<string>(100, { maxBytes: 10, sizeOf: (value) => value.length });
    lru.set('a', 'xxxx');
    lru.set('b', 'xxxx');
    expect(lru.get('a')).toBe('xxxx'); // b is now the least recently used
    lru.set('c', 'xxxx'); // 12 bytes: b goes
    expect(lru.get('b')).toBeUndefined();
    expect(lru.size).toBe(2);
    expect(lru.bytes).toBe(8);
    lru.set('a', 'x'); // replacing a value counts its new size only
    expect(lru.bytes).toBe(5);
  });

  it('serves but does not keep a value heavier than the whole bound', () => {
    const lru = createLru<string>(100, { maxBytes: 10, sizeOf: (value) => value.length });
    lru.set('small', 'xx');
    expect(lru.getOrSet('big', () => 'x'.repeat(11))).toHaveLength(11);
    expect(lru.get('big')).toBeUndefined();
    expect(lru.get('small')).toBe('xx');
    expect(lru.bytes).toBe(2);
  });

  it('with no bound on the count, keeps what its bytes allow', () => {
    const lru = createLru<string>(Infinity, { maxBytes: 10, sizeOf: (value) => value.length });
    for (let i = 0; i < 20; i++) lru.set(`k${i}`, 'xx');
    expect(lru.size).toBe(5);
    expect(lru.get('k19')).toBe('xx');
    expect(lru.get('k0')).toBeUndefined();
  });

  it('bounds strings at two bytes a character', () => {
    expect(stringBytes('abc', undefined, 'é')).toBe(8);
  });
});
