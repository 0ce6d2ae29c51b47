import { createLru } from '../cache/lru';
import { renderSharePage, type SharedPosting } from './render-share-page';

// A version of a posting never changes, so its page is rendered once and served from memory after that;
// revocation and expiry are still decided per request, from the store, before this is consulted.
const pages = createLru<string>(500);

export function cachedSharePage(posting: SharedPosting, viewUrl: string): string {
  const key = `${posting.id}\u0000${posting.version}\u0000${posting.updatedAt}\u0000${viewUrl}`;
  return pages.getOrSet(key, () => renderSharePage({ posting, viewUrl }));
}
