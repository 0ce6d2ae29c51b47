import type { FindingFix } from './finding';

/** Gives `replacement` the case pattern of `original`: "ROCKSTAR" → "SKILLED", "Rockstar" → "Skilled". */
export function matchCase(replacement: string, original: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = letters.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/**
 * A fix that replaces text[start, end) with `replacement`. The UI replaces the first occurrence of `find`,
 * so `find` is widened with neighbouring text until its first occurrence is this one (e.g. "hero" after "heroku").
 */
export function firstOccurrenceFix(
  field: string,
  text: string,
  start: number,
  end: number,
  replacement: string,
): FindingFix {
  let from = start;
  let to = end;
  while (text.indexOf(text.slice(from, to)) !== from) {
    if (to < text.length) to += 1;
    else if (from > 0) from -= 1;
    else break;
  }
  return { field, find: text.slice(from, to), replace: text.slice(from, start) + replacement + text.slice(end, to) };
}

/** Applies a fix the way the UI does: the first occurrence of `find` only. */
export function applyFix(text: string, fix: Pick<FindingFix, 'find' | 'replace'>): string {
  const at = text.indexOf(fix.find);
  return at === -1 ? text : text.slice(0, at) + fix.replace + text.slice(at + fix.find.length);
}
