import { createContext, useContext, useMemo } from 'react';
import { translator, type MessageValues } from '@/components/builder/ui-text';
import type { UiLocale } from '@/lib/shared/ui-locale/ui-locale';
import type { UiMessages } from '@/lib/server/ui-locale/ui-messages';
import type en from './messages/en.json';

// My postings', Import's and the 404 pages' words in the visitor's language: the builder's way (its
// ui-text.tsx), with their own catalog. The server hands over one locale's messages, compiled; this only
// looks them up and fills them in with the builder's `translator`.

export type SiteMessageId = keyof typeof en;
/** What such a page receives: its locale and that locale's compiled messages. */
export interface SiteText {
  locale: UiLocale;
  messages: UiMessages;
}

export type SiteTranslate = (id: SiteMessageId, values?: MessageValues) => string;

const SiteTextContext = createContext<{ locale: UiLocale; t: SiteTranslate } | null>(null);

export function SiteTextProvider({ text, children }: { text: SiteText; children: React.ReactNode }) {
  const value = useMemo(
    () => ({ locale: text.locale, t: translator<SiteMessageId>(text.locale, text.messages) }),
    [text],
  );
  return (
    <SiteTextContext.Provider value={value}>
      {/* _app marks the site's chrome as English on a page in another language; this part is in `text`'s. */}
      <div lang={text.locale} className="contents">
        {children}
      </div>
    </SiteTextContext.Provider>
  );
}

function useSiteText() {
  const context = useContext(SiteTextContext);
  if (!context) throw new Error('useSiteT outside SiteTextProvider');
  return context;
}

export const useSiteT = (): SiteTranslate => useSiteText().t;
export const useSiteLocale = (): UiLocale => useSiteText().locale;
