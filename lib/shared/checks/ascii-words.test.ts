import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../server/import/__fixtures__/corpus-score';
import { wordsAreAscii } from './ascii-words';
import { ASCII_WORD as GENDER_ASCII, UNICODE_WORD as GENDER_UNICODE } from './gender-coded';
import { hostileDrafts } from '../../../test/support/hostile-drafts';
import { ASCII_WORD, measureLength, UNICODE_WORD, wordsOf } from './text-statistics';

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);

const EDGE_CASES = [
  "Node.js, .NET and C# or C++ (.NET) at $140,000.50 - 1.2.3 well-tested rock'n'roll e.g. i.e. x-ray",
  '• bullets · and – dashes — and “quotes” and … ellipses',
  "it's a team's job: don't 'quote' -dash- .5 .a (.b 3,4,5 a.b.c",
];

// Every ASCII text of the real postings, the hostile drafts and the cases above.
const texts = [
  ...EDGE_CASES,
  ...loadCorpus().map((posting) => posting.source),
  ...Object.values(hostileDrafts).flatMap((draft) => [draft.job.summary ?? '', draft.company.about ?? '']),
];

describe('the ASCII word patterns', () => {
  it('find exactly the words the Unicode patterns find in a text whose letters are ASCII', () => {
    let compared = 0;
    for (const text of texts) {
      // The corpus has ’ and accented names: those postings keep the Unicode pattern, the rest are compared.
      const ascii = text.replace(/[^\x00-\x7f]/g, (char) => (/[\p{L}\p{N}’]/u.test(char) ? 'x' : char));
      expect(wordsAreAscii(ascii)).toBe(true);
      expect(all(ascii, ASCII_WORD)).toEqual(all(ascii, UNICODE_WORD));
      expect(all(ascii, GENDER_ASCII)).toEqual(all(ascii, GENDER_UNICODE));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('are not used on a text with a letter, a digit or ’ past ASCII', () => {
    expect(wordsAreAscii('• plain – text “quoted” …')).toBe(true);
    for (const text of ['Zoë', 'Łódź', '中文', 'don’t', '²', 'café au lait']) expect(wordsAreAscii(text)).toBe(false);
    expect(wordsOf('Zoë builds café APIs')).toEqual(['Zoë', 'builds', 'café', 'APIs']);
    expect(wordsOf("Zoe builds .NET APIs, don't she?")).toEqual(['Zoe', 'builds', '.NET', 'APIs', "don't", 'she']);
    expect(measureLength('Zoë  und Łukasz, 140,000 €').words).toBe(4);
  });
});
