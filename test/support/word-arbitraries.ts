import fc from 'fast-check';

/**
 * One of `middles` between up to `maxLength` filler words on each side: `[before, middle, after]`, for
 * property tests that a word is found (or ignored) wherever it stands in a sentence.
 */
export function amidFiller(filler: readonly string[], middles: readonly string[], maxLength: number) {
  const words = fc.array(fc.constantFrom(...filler), { maxLength });
  return fc.tuple(words, fc.constantFrom(...middles), words);
}
