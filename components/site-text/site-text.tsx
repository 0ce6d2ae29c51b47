import { createContext, useContext, useMemo } from 'react';
import { format, type MessageValues } from '@/components/builder/ui-text';
import type { UiLocale } from '@/lib/shared/ui-locale/ui-locale';
import type { UiMessages } from '@/lib/server/ui-locale/ui-messages';
import type en from './messages/en.json';

// My postings', Import's and the 404 pages' words in the visitor's language: the builder's way (its
// ui-text.tsx), with their own catalog. The server hands over one locale's messages, compiled; this only
// looks them up and fills them in with the builder's `format`.

export type SiteMessageId = keyof typeof en;
/** What such a page receives: its locale and that locale's compiled messages. */
export interface SiteText {
  locale: UiLocale;
  messages: UiMessages;
}

export type SiteTranslate = (id: SiteMessageId, values?: MessageValues) => string;

const SiteTextContext = createContext<{ locale: UiLocale; t: SiteTranslate } | null>(null);

export function SiteTextProvider({ text, children }: { text: SiteText; children: React.ReactNode }) {
  const value = useMemo(() => {
    const plural = new Intl.PluralRules(text.locale);
    const number = new Intl.NumberFormat(text.locale);
    const t: SiteTranslate = (id, values = {}) => {
      const message = text.messages[id];
      // A missing message is a bug the completeness test catches; the id on screen makes it visible.
      return message === undefined ? id : format(message, values, plural, number);
    };
    return { locale: text.locale, t };
  }, [text]);
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
