import { getEnv } from '../config/env';

/**
 * The reviewer's link. The token rides in the path, not the fragment, because the review page works
 * without script: the server must see it. It never leaves that page (Referrer-Policy: no-referrer, no
 * third-party resources) and the page is noindex and never cached.
 */
export function reviewUrl(request: Request, id: string, reviewToken: string): string {
  const base = (getEnv().POSTWRIGHT_PUBLIC_URL ?? new URL(request.url).origin).replace(/\/+$/, '');
  return `${base}${reviewPath(id, reviewToken)}`;
}

export const reviewPath = (id: string, reviewToken: string) =>
  `/review/${encodeURIComponent(id)}/${encodeURIComponent(reviewToken)}`;
