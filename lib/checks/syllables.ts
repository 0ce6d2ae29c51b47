// English syllables from spelling: vowel groups, minus a silent final e / es / ed, with acronyms spelled out.
// A heuristic (no dictionary), right to about a syllable a word, which is all a Flesch score needs.

const VOWEL_GROUPS = /[aeiouy]{1,2}/g;
const ALL_CAPS_NO_VOWEL = /^[B-DF-HJ-NP-TV-Z]{2,6}$/;

/** Drops endings that are written but not spoken: "make", "worked", "roles" (but not "wanted", "boxes", "table"). */
function withoutSilentEnding(w: string): string {
  if (/[^aeiou]ed$/.test(w)) return /[td]ed$/.test(w) ? w : w.slice(0, -2);
  if (/[^aeiouy]les$/.test(w)) return w.slice(0, -1);
  if (/[^aeiouy]es$/.test(w)) return /(?:[cgsxz]|ch|sh)es$/.test(w) ? w : w.slice(0, -2);
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) return w.slice(0, -1);
  return w;
}

export function countSyllables(word: string): number {
  const alnum = word.replace(/[^\p{L}\p{N}]/gu, '');
  if (/^\p{N}+$/u.test(alnum)) {
    // "25" reads "twenty-five": about a syllable a digit, capped, since long numbers are read in groups.
    return Math.min(alnum.length, 4);
  }
  // Acronyms without a vowel are read letter by letter: SQL, CSS, HTTP.
  if (ALL_CAPS_NO_VOWEL.test(alnum)) return alnum.length;
  const letters = alnum
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (letters.length <= 3) return 1;
  const groups = withoutSilentEnding(letters).replace(/^y/, '').match(VOWEL_GROUPS)?.length ?? 0;
  return Math.max(1, groups);
}
