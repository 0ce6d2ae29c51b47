import { describe, expect, it } from 'vitest';
import { createMarkupCache } from './cached-markup';

function counted() {
  let renders = 0;
  function Comment({ text }: { text: string }) {
    renders += 1;
    return <p>{text}</p>;
  }
  return { Comment, renders: () => renders };
}

describe('createMarkupCache', () => {
  it('renders a key once, then serves the same markup', () => {
    const { Comment, renders } = counted();
    const cache = createMarkupCache({ maxBytes: 10_000, maxEntryBytes: 1_000 });
    const first = cache.markup('v1', () => <Comment text="<b>hi</b>" />);
    expect(cache.markup('v1', () => <Comment text="<b>hi</b>" />)).toBe(first);
    expect(renders()).toBe(1);
    expect(first).toBe('<p>&lt;b&gt;hi&lt;/b&gt;</p>'); // user text stays escaped text
    expect(cache.markup('v2', () => <Comment text="other" />)).toBe('<p>other</p>');
    expect(renders()).toBe(2);
  });

  it('keeps no more bytes than allowed, and never an entry over the entry limit', () => {
    const { Comment, renders } = counted();
    const cache = createMarkupCache({ maxBytes: 400, maxEntryBytes: 200 });
    for (let i = 0; i < 20; i++) cache.markup(`k${i}`, () => <Comment text={'x'.repeat(50)} />);
    expect(cache.bytes).toBeLessThanOrEqual(400);
    expect(cache.size).toBeGreaterThan(0);
    const big = 'y'.repeat(150); // 150 characters are 300 bytes as UTF-16: over the entry limit
    cache.markup('big', () => <Comment text={big} />);
    cache.markup('big', () => <Comment text={big} />);
    expect(renders()).toBe(22);
  });
});
