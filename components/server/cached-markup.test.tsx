import { renderToStaticMarkup } from 'react-dom/server';
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
    const { CachedMarkup } = createMarkupCache({ maxBytes: 10_000, maxEntryBytes: 1_000 });
    const page = (key: string, text: string) =>
      renderToStaticMarkup(
        <CachedMarkup cacheKey={key}>
          <Comment text={text} />
        </CachedMarkup>,
      );
    const first = page('v1', '<b>hi</b>');
    expect(page('v1', '<b>hi</b>')).toBe(first);
    expect(renders()).toBe(1);
    expect(first).toBe('<div><p>&lt;b&gt;hi&lt;/b&gt;</p></div>'); // user text stays escaped text
    expect(page('v2', 'other')).toContain('other');
    expect(renders()).toBe(2);
  });

  it('keeps no more bytes than allowed, and never an entry over the entry limit', () => {
    const { Comment, renders } = counted();
    const cache = createMarkupCache({ maxBytes: 400, maxEntryBytes: 200 });
    const page = (key: string, text: string) =>
      renderToStaticMarkup(
        <cache.CachedMarkup cacheKey={key}>
          <Comment text={text} />
        </cache.CachedMarkup>,
      );
    for (let i = 0; i < 20; i++) page(`k${i}`, 'x'.repeat(50));
    expect(cache.bytes).toBeLessThanOrEqual(400);
    expect(cache.size).toBeGreaterThan(0);
    const big = 'y'.repeat(150); // 150 characters are 300 bytes as UTF-16: over the entry limit
    page('big', big);
    page('big', big);
    expect(renders()).toBe(22);
  });
});
