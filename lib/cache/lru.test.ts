import { describe, expect, it } from 'vitest';
import { createLru } from './lru';

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
});
