import { createContext, useContext, useMemo } from 'react';
import { fillCompiled, type MessageValues } from '@/lib/shared/messages/fill-compiled';
import type { RenderMessages } from '@/lib/shared/render/render-messages';
import type { UiLocale } from '@/lib/shared/ui-locale/ui-locale';
import type { UiMessage, UiMessages } from '@/lib/server/ui-locale/ui-messages';
import type en from './messages/en.json';

// The builder's words in the visitor's language. The server hands over one locale's messages, compiled
// (lib/server/ui-locale/ui-messages.ts); this file only looks them up and fills in values, so the builder's
// script carries no catalog and no ICU parser.

export type MessageId = keyof typeof en;
export type { MessageValues };
/** The words for the draft's choices, from the render pipeline's tables (the same words the posting uses). */
export type EnumLabels = Pick<RenderMessages, 'seniority' | 'employmentType' | 'workplace'>;
/** What the builder page receives: its locale, that locale's compiled messages and its words for choices. */
export interface UiText {
  locale: UiLocale;
  messages: UiMessages;
  labels: EnumLabels;
}

type Translate = (id: MessageId, values?: MessageValues) => string;

const UiTextContext = createContext<{ locale: UiLocale; t: Translate; labels: EnumLabels } | null>(null);

export function UiTextProvider({ text, children }: { text: UiText; children: React.ReactNode }) {
  const value = useMemo(() => {
    const plural = new Intl.PluralRules(text.locale);
    const number = numberFormat(text.locale);
    const t: Translate = (id, values = {}) => {
      const message = text.messages[id];
      // A missing message is a bug the completeness test catches; the id on screen makes it visible.
      return message === undefined ? id : format(message, values, plural, number);
    };
    return { locale: text.locale, t, labels: text.labels };
  }, [text]);
  return <UiTextContext.Provider value={value}>{children}</UiTextContext.Provider>;
}

export function useT(): Translate {
  const context = useContext(UiTextContext);
  if (!context) throw new Error('useT outside UiTextProvider');
  return context.t;
}

export function useEnumLabels(): EnumLabels {
  const context = useContext(UiTextContext);
  if (!context) throw new Error('useEnumLabels outside UiTextProvider');
  return context.labels;
}

export function useUiLocale(): UiLocale {
  const context = useContext(UiTextContext);
  if (!context) throw new Error('useUiLocale outside UiTextProvider');
  return context.locale;
}

/** What `format` needs of Intl.NumberFormat (which is one). */
export interface NumberFormatter {
  format(value: number): string;
}

/**
 * How each builder locale groups the digits of a whole number (CLDR, as Intl writes them): the separator,
 * and from how many digits on it groups (Spanish writes 2000 but 12.000).
 */
const DIGIT_GROUPS: Record<UiLocale, { separator: string; fromDigits: number }> = {
  en: { separator: ',', fromDigits: 4 },
  de: { separator: '.', fromDigits: 4 },
  fr: { separator: '\u202f', fromDigits: 4 },
  es: { separator: '.', fromDigits: 5 },
  nl: { separator: '.', fromDigits: 4 },
};

/**
 * Numbers in `locale`. Whole numbers from 0 on are written here, by the table above; Intl.NumberFormat
 * is made only for any other number: making the first one loads the locale's number data, hundreds of ms
 * on a throttled phone CPU in the task that hydrates the builder (whose first step shows "at most 2,000
 * characters"). The test checks the table against Intl.
 */
export function numberFormat(locale: UiLocale): NumberFormatter {
  let made: Intl.NumberFormat | undefined;
  const { separator, fromDigits } = DIGIT_GROUPS[locale];
  return {
    format: (value) => {
      if (!Number.isSafeInteger(value) || value < 0) return (made ??= new Intl.NumberFormat(locale)).format(value);
      const digits = String(value);
      return digits.length < fromDigits ? digits : digits.replace(/\B(?=(\d{3})+$)/g, separator);
    },
  };
}

/** Fills a compiled message: `{name}`, `{n, plural, …}` with `#`, `{x, select, …}`. */
export function format(
  message: UiMessage,
  values: MessageValues,
  plural: Intl.PluralRules,
  number: NumberFormatter,
  count?: number,
): string {
  return fillCompiled(message, values, { plural: (n) => plural.select(n), number: (n) => number.format(n) }, count);
}
