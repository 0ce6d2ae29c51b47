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

/** A fix that replaces text[start, end) with `replacement`: addressed by offset, so it costs the match's length. */
export function fixAt(field: string, text: string, start: number, end: number, replacement: string): FindingFix {
  return { field, start, find: text.slice(start, end), replace: replacement };
}

/**
 * Applies a fix to the field's current text: at its offset when the text there is still `find`, otherwise
 * (the writer typed since the checks ran) at the occurrence of `find` nearest to it; unchanged when gone.
 */
export function applyFix(text: string, fix: Pick<FindingFix, 'start' | 'find' | 'replace'>): string {
  let at = text.startsWith(fix.find, fix.start) ? fix.start : -1;
  if (at === -1) {
    let best = Infinity;
    for (let i = text.indexOf(fix.find); i !== -1; i = text.indexOf(fix.find, i + 1)) {
      if (Math.abs(i - fix.start) < best) [best, at] = [Math.abs(i - fix.start), i];
      if (i > fix.start) break;
    }
  }
  return at === -1 ? text : text.slice(0, at) + fix.replace + text.slice(at + fix.find.length);
}
