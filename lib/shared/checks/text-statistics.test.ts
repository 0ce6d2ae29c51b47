import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  fleschKincaidGrade,
  fleschReadingEase,
  measureLength,
  scoreReadability,
  splitSentences,
  wordsOf,
} from './text-statistics';

const SIMPLE =
  'We build tools for small teams. You will write code and fix bugs. We ship a bit each week. You can work from home.';
const CONVOLUTED =
  'Notwithstanding organizational considerations, the incumbent will operationalize multidisciplinary infrastructure ' +
  'modernization initiatives, facilitating interdepartmental collaboration and comprehensive documentation standardization.';

describe('countSyllables', () => {
  it.each([
    ['the', 1],
    ['code', 1],
    ['make', 1],
    ['worked', 1],
    ['roles', 1],
    ['table', 2],
    ['people', 2],
    ['wanted', 2],
    ['boxes', 2],
    ['services', 3],
    ['readability', 5],
    ['operational', 5],
    ['SQL', 3],
    ['2017', 4],
    ['25', 2],
    // Vowel pairs and a silent e inside a word, which the old spelling heuristic got wrong.
    ['requirements', 3],
    ['create', 2],
    ['any', 2],
  ])('%s has %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe('splitSentences', () => {
  it('treats each list line and heading as a sentence', () => {
    expect(
      splitSentences('# Responsibilities\n- Build APIs\n* Write tests\n1. Review code\nWe ship. You learn.'),
    ).toEqual(['Responsibilities', 'Build APIs', 'Write tests', 'Review code', 'We ship.', 'You learn.']);
  });

  it('does not split at abbreviations, decimals, links or emails', () => {
    expect(
      splitSentences(
        'Use tools, e.g. Postgres and Go 1.22 daily. Apply at https://acme.example/jobs. Mail jobs@acme.example now.',
      ),
    ).toEqual(['Use tools, e.g. Postgres and Go 1.22 daily.', 'Apply at.', 'Mail now.']);
  });

  it('does not end a sentence at "(e.g. X)", "i.e.", "etc." or "vs."', () => {
    expect(splitSentences('We use queues (e.g. RabbitMQ) for jobs. Then we ship.')).toEqual([
      'We use queues (e.g. RabbitMQ) for jobs.',
      'Then we ship.',
    ]);
    expect(splitSentences('Go, Rust, etc. Also Kafka (i.e. Streams) vs. Pulsar. Done.')).toEqual([
      'Go, Rust, etc. Also Kafka (i.e. Streams) vs. Pulsar.',
      'Done.',
    ]);
  });

  it('keeps ".NET" apart from the word before it, and Node.js, ASP.NET, C#, C++ as words', () => {
    const [first, second] = splitSentences('You know C# and .NET well. You also know ASP.NET, Node.js and C++.');
    expect(first).toBe('You know C# and .NET well.');
    expect(wordsOf(first!)).toEqual(['You', 'know', 'C#', 'and', '.NET', 'well']);
    expect(wordsOf(second!)).toEqual(['You', 'also', 'know', 'ASP.NET', 'Node.js', 'and', 'C++']);
  });
});

describe('Flesch formulas', () => {
  it('computes reading ease and grade from words, sentences and syllables', () => {
    // 100 words, 5 sentences, 130 syllables: 206.835 − 1.015·20 − 84.6·1.3 = 76.555; 0.39·20 + 11.8·1.3 − 15.59 = 7.55.
    expect(fleschReadingEase(100, 5, 130)).toBeCloseTo(76.555, 3);
    expect(fleschKincaidGrade(100, 5, 130)).toBeCloseTo(7.55, 3);
  });

  it('scores a text and each sentence', () => {
    const score = scoreReadability('The cat sat. The dog ran far away.')!;
    // Counted by hand: 3 + 5 words; every word one syllable but "away" (two).
    expect(score).toMatchObject({ sentences: 2, words: 8, syllables: 9 });
    expect(score.perSentence.map((s) => s.words)).toEqual([3, 5]);
    expect(score.readingEase).toBeCloseTo(206.835 - 1.015 * 4 - 84.6 * (9 / 8), 6);
    expect(scoreReadability('   ')).toBeUndefined();
  });

  it('scores plain text high and dense text low, with the values the formulas give for hand counts', () => {
    // 4 sentences, 24 words, every one of them a single syllable.
    const simple = scoreReadability(SIMPLE)!;
    expect(simple).toMatchObject({ sentences: 4, words: 24, syllables: 24 });
    expect(simple.readingEase).toBeCloseTo(116.145, 3);
    expect(simple.grade).toBeCloseTo(-1.45, 2);
    // One 18-word sentence of 78 syllables by a dictionary count; the counter may be a syllable off.
    const dense = scoreReadability(CONVOLUTED)!;
    expect(dense).toMatchObject({ sentences: 1, words: 18 });
    expect(Math.abs(dense.syllables - 78)).toBeLessThanOrEqual(2);
    expect(dense.readingEase).toBeCloseTo(fleschReadingEase(18, 1, dense.syllables), 6);
    expect(dense.readingEase).toBeLessThan(-160);
  });

  it('counts a number with separators as one word', () => {
    expect(scoreReadability('Pay is $140,000 a year.')).toMatchObject({ words: 5 });
  });

  it('scores each part with the field it came from', () => {
    const score = scoreReadability([
      { field: 'job.summary', text: 'We ship. You learn.' },
      { field: 'benefits.0', text: 'Free lunch' },
    ])!;
    expect(score.perSentence.map((s) => [s.field, s.text])).toEqual([
      ['job.summary', 'We ship.'],
      ['job.summary', 'You learn.'],
      ['benefits.0', 'Free lunch'],
    ]);
  });
});

describe('measureLength', () => {
  it('counts words and characters with whitespace runs collapsed', () => {
    expect(measureLength('  We ship\n\n code.  ')).toEqual({ words: 3, characters: 13 });
  });
});
