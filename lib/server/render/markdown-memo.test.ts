import { describe, expect, it } from 'vitest';
import { memoizeByMarkdown } from './markdown-memo';

describe('memoizeByMarkdown', () => {
  it('computes once per Markdown string and forgets the least recently used', () => {
    const calls: string[] = [];
    const upper = memoizeByMarkdown((markdown) => {
      calls.push(markdown);
      return markdown.toUpperCase();
    }, 2);
    expect(upper('a')).toBe('A');
    expect(upper('b')).toBe('B');
    expect(upper('a')).toBe('A'); // a is now the most recently used
    expect(upper('c')).toBe('C'); // evicts b
    expect(upper('a')).toBe('A');
    expect(upper('b')).toBe('B');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });
});
