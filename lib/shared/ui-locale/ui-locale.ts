import { LANGUAGES, type Language } from '../draft/draft-schema';

// The language of the builder's own words (labels, steps, messages), apart from the posting's language.
// Chosen by the `pw_locale` cookie (the visitor's switch), else the browser's Accept-Language, else English.
// Not next.config's `i18n` key: that rewrites every path, App Router routes included. Choosing it from a
// request is the server's (lib/server/ui-locale/negotiate.ts): `negotiator` never reaches a browser bundle.

export const UI_LOCALES = LANGUAGES;
export type UiLocale = Language;
export const DEFAULT_UI_LOCALE: UiLocale = 'en';
export const UI_LOCALE_COOKIE = 'pw_locale';
