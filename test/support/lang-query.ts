import { expect } from 'vitest';
import type { call } from './route-client';

type Answer = Awaited<ReturnType<typeof call>>;
type Send = (query: string) => Promise<Answer>;

/** The issue a route gives for a `lang` that is not a posting language. */
export const LANG_ISSUE = { path: 'lang', message: 'lang must be one of en, de, fr, es, nl' };

/** The same request without `lang` and with `?lang=de`; each answer must say its language. */
export async function englishAndGerman(send: Send) {
  const [english, german] = await Promise.all([send(''), send('?lang=de')]);
  expect(german.status).toBe(200);
  expect(german.headers.get('content-language')).toBe('de');
  expect(english.headers.get('content-language')).toBe('en');
  return { english, german };
}

/** Sends `?lang=<lang>` and asserts the 400 invalid_request that names lang; answers the response. */
export async function expectLangRefused(send: Send, lang: string) {
  const res = await send(`?lang=${encodeURIComponent(lang)}`);
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('invalid_request');
  expect(res.body.error.issues).toEqual([LANG_ISSUE]);
  return res;
}
