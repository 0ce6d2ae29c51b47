import '#server-only';

import Negotiator from 'negotiator';
import { isLanguage, type Language } from '../../shared/draft/draft-schema';
import { readCookie } from '../../shared/http/read-cookie';
import { DEFAULT_UI_LOCALE, UI_LOCALE_COOKIE, UI_LOCALES, type UiLocale } from '../../shared/ui-locale/ui-locale';

// Which UI language a request gets, and the `?lang=` switch that changes it (see lib/shared/ui-locale).

/** A year: the switch is a preference, not a session. */
const COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** The UI language for a request: the remembered choice first, then the browser's preference. */
export function negotiateUiLocale(request: { cookie?: string; acceptLanguage?: string }): UiLocale {
  const chosen = readCookie(request.cookie, UI_LOCALE_COOKIE);
  if (isLanguage(chosen)) return chosen;
  return preferredLanguage(request.acceptLanguage);
}

/** The posting language the browser prefers (`Accept-Language`), else English. */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return DEFAULT_UI_LOCALE;
  // `negotiator` matches `de-AT` to `de` and honours q-values; ties go to the order given here.
  const best = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([...UI_LOCALES]);
  return isLanguage(best) ? best : DEFAULT_UI_LOCALE;
}

/** The `Set-Cookie` value that remembers a switch. Readable by script too: nothing secret in it. */
export function uiLocaleCookie(locale: UiLocale): string {
  return `${UI_LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${COOKIE_MAX_AGE}; SameSite=Lax`;
}

/**
 * Where to send a `?lang=` switch back to: the same path and query without `lang`. Only a path on this
 * site: the request's own URL is read, so an absolute or protocol-relative address cannot come out.
 */
export function switchRedirect(url: string): string {
  const parsed = new URL(url, 'http://localhost');
  parsed.searchParams.delete('lang');
  const query = parsed.searchParams.toString();
  const path = parsed.pathname.startsWith('//') ? '/' : parsed.pathname;
  return query ? `${path}?${query}` : path;
}
