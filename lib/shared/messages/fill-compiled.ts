import type { CompiledMessage } from '@lingui/message-utils/compileMessage';

export type MessageValues = Record<string, string | number>;

/** A message as Lingui compiles it: plain text, or tokens (text, `[name]`, `[name, 'plural' | 'select', choices]`). */
export type Compiled = string | CompiledMessage;

/** How a language writes numbers and picks a plural form; each catalog brings its own (and its own caching). */
export interface NumberWords {
  plural(n: number): Intl.LDMLPluralRule;
  number(n: number): string;
}

/**
 * Fills a compiled message: `{name}`, `{n, plural, …}` with `#`, `{x, select, …}`. Pure, so the builder's and
 * the checks' catalogs (and the server and the browser) fill ICU messages the same way.
 */
export function fillCompiled(message: Compiled, values: MessageValues, words: NumberWords, count?: number): string {
  if (typeof message === 'string') return message;
  let out = '';
  for (const token of message) {
    if (typeof token === 'string') {
      out += token === '#' && count !== undefined ? words.number(count) : token;
      continue;
    }
    const [name, type, choices] = token;
    const value = values[name];
    if ((type === 'plural' || type === 'select') && choices && typeof choices === 'object') {
      const options = choices as Record<string, Compiled>;
      const n = Number(value);
      // Lingui compiles an exact plural match `=0 {…}` to the key `0`; it wins even when empty (`=0 {}`).
      const exact = type === 'plural' ? (options[`=${n}`] ?? options[String(n)]) : undefined;
      const branch =
        type === 'plural'
          ? (exact ?? options[words.plural(n)] ?? options.other)
          : (options[String(value)] ?? options.other);
      if (branch !== undefined) out += fillCompiled(branch, values, words, type === 'plural' ? n : count);
      continue;
    }
    out += value === undefined ? '' : typeof value === 'number' ? words.number(value) : value;
  }
  return out;
}
