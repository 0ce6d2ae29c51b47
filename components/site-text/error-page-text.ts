import type { UiLocale } from '@/lib/shared/ui-locale/ui-locale';
import type { SiteText } from './site-text';
import { SITE_MESSAGES } from './messages/catalogs';

// The 404 pages' words. pages/404 is prerendered and holds no server code (`#server-only`: the message
// compiler); its messages have no placeholders, and a message without any compiles to its own text
// (messages.test.ts holds them to that), so they are handed over as written, on both 404 pages.

export const ERROR_PAGE_MESSAGE = /^notFound\./;

export function errorPageText(locale: UiLocale): SiteText {
  const messages = Object.fromEntries(
    Object.entries(SITE_MESSAGES[locale]).filter(([id]) => ERROR_PAGE_MESSAGE.test(id)),
  );
  return { locale, messages };
}
