// The word patterns are Unicode-aware (\p{L}, \p{N}, with the `u` flag), which makes V8 run them ~4× slower
// than a pattern over ASCII classes. Most postings are English: when a text has no letter, digit or ’ past
// ASCII, the ASCII twin of a pattern matches exactly what the Unicode one does, and is used instead.

const PAST_ASCII = /[^\x00-\x7f]/g;
const WORD_CHARACTER = /^[\p{L}\p{N}’]$/u;

/** True when every letter and digit of `text` is ASCII (and it has no ’): the ASCII patterns then apply. */
export function wordsAreAscii(text: string): boolean {
  PAST_ASCII.lastIndex = 0;
  for (let match = PAST_ASCII.exec(text); match; match = PAST_ASCII.exec(text)) {
    if (WORD_CHARACTER.test(match[0])) return false;
  }
  return true;
}

/** `unicode` for texts with letters past ASCII, else `ascii` (two global patterns matching the same words). */
export function wordPatternFor(text: string, unicode: RegExp, ascii: RegExp): RegExp {
  return wordsAreAscii(text) ? ascii : unicode;
}
