import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { fillCompiled, type Compiled, type MessageValues, type NumberWords } from '../../messages/fill-compiled';
import type { Language } from '../../draft/draft-schema';
import de from './de.json';
import { englishCatalog, type MessageKey } from './english';
import es from './es.json';
import fr from './fr.json';
import nl from './nl.json';

// The findings' words in the language the builder is shown in. Each language's ICU messages are compiled
// once, the first time that language is asked for, and kept: a check run only walks compiled tokens, so
// saying a finding in German costs what saying it in English does.

export type { MessageValues };

/** The ICU sources of every language; English is en.json plus the texts kept beside their data in content/. */
export const CHECK_MESSAGE_SOURCES: Record<Language, Record<string, string>> = {
  en: englishCatalog,
  de,
  fr,
  es,
  nl,
};

export interface CheckMessages {
  language: Language;
  /** The message `key` with `values` filled in: numbers in the language's digits, strings exactly as given. */
  t: (key: MessageKey, values?: MessageValues) => string;
  /** A number as the language writes it ("1.234" in German, "1 234" in French). */
  number: (n: number) => string;
  /** A number with two decimals as the language writes it ("1,45" in German). */
  fixed: (n: number, digits: 2) => string;
  /** "a, b or c" in the language. */
  orList: (items: readonly string[]) => string;
  /** A term quoted as the language quotes ("„x“" in German, "« x »" in French). */
  quote: (text: string) => string;
  /** A posting language named in this language ("Deutsch", "allemand"). */
  languageName: (language: Language) => string;
}

function compile(catalog: Record<string, string>): Map<string, Compiled> {
  const compiled = new Map<string, Compiled>();
  for (const [key, source] of Object.entries(catalog)) {
    const tokens = compileMessageOrThrow(source);
    compiled.set(key, tokens.length === 1 && typeof tokens[0] === 'string' ? tokens[0] : tokens);
  }
  return compiled;
}

// Below 1,000 every one of the five languages writes a whole number in ASCII digits without grouping, so
// `String(n)` is its `Intl` form (the messages test holds them to that), at a fraction of the cost.
const isSmallCount = (n: number) => Number.isInteger(n) && n >= 0 && n < 1000;

/** How a language picks plurals and writes numbers, with the common case (a small count) answered from memory. */
function numberWords(language: Language): NumberWords {
  const rules = new Intl.PluralRules(language);
  const format = new Intl.NumberFormat(language);
  const plurals: Intl.LDMLPluralRule[] = [];
  return {
    plural: (n) => (isSmallCount(n) ? (plurals[n] ??= rules.select(n)) : rules.select(n)),
    number: (n) => (isSmallCount(n) ? String(n) : format.format(n)),
  };
}

const QUOTES: Record<Language, [string, string]> = {
  en: ['"', '"'],
  de: ['„', '“'],
  fr: ['«\u00a0', '\u00a0»'],
  es: ['«', '»'],
  nl: ['‘', '’'],
};

function build(language: Language): CheckMessages {
  const compiled = compile(CHECK_MESSAGE_SOURCES[language]);
  const words = numberWords(language);
  const twoDecimals = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const orList = new Intl.ListFormat(language, { type: 'disjunction' });
  const names = new Intl.DisplayNames([language], { type: 'language' });
  const [open, close] = QUOTES[language];
  return {
    language,
    t(key, values = {}) {
      const message = compiled.get(key);
      // The completeness test keeps every key in every language; a gap left anyway shows as its key.
      return message === undefined ? key : fillCompiled(message, values, words);
    },
    number: words.number,
    fixed: (n) => twoDecimals.format(n),
    orList: (items) => orList.format(items),
    quote: (text) => `${open}${text}${close}`,
    languageName: (code) => names.of(code) ?? code,
  };
}

const cache = new Map<Language, CheckMessages>();

/** The messages of `language`, compiled on first use and kept for the process. */
export function checkMessages(language: Language): CheckMessages {
  let found = cache.get(language);
  if (!found) {
    found = build(language);
    cache.set(language, found);
  }
  return found;
}
