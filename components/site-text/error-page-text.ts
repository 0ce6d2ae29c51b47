import type { UiLocale } from '@/lib/ui-locale/ui-locale';
import type { SiteText } from './site-text';
import { SITE_MESSAGES } from './messages/catalogs';

// The error pages' words. pages/_error's getInitialProps is bundled for the browser too, where the server's
// message compiler may not go (`#server-only`); its messages have no placeholders, and a message without
// any compiles to its own text (messages.test.ts holds them to that), so they are handed over as written.

export const ERROR_PAGE_MESSAGE = /^(notFound|error)\./;

export function errorPageText(locale: UiLocale): SiteText {
  const messages = Object.fromEntries(
    Object.entries(SITE_MESSAGES[locale]).filter(([id]) => ERROR_PAGE_MESSAGE.test(id)),
  );
  return { locale, messages };
}
