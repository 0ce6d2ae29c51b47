import { getEnv } from '../config/env';

/** The base of public links (job pages, feeds, sitemap): the configured public URL, else the request's origin. */
export function publicBaseUrl(requestUrl: string): string {
  return (getEnv().POSTWRIGHT_PUBLIC_URL ?? new URL(requestUrl).origin).replace(/\/+$/, '');
}
