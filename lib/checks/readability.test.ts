import { describe, expect, it } from 'vitest';
import { checkReadability } from './readability';
import { fleschKincaidGrade, fleschReadingEase, scoreReadability } from './readability-score';
import { splitSentences } from './sentences';
import { countSyllables } from './syllables';
import { draftWithSummary, exampleWith } from './test-drafts';

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
});

describe('Flesch formulas', () => {
  it('computes reading ease and grade from words, sentences and syllables', () => {
    // 100 words, 5 sentences, 130 syllables: 206.835 − 1.015·20 − 84.6·1.3 = 76.555; 0.39·20 + 11.8·1.3 − 15.59 = 7.55.
    expect(fleschReadingEase(100, 5, 130)).toBeCloseTo(76.555, 3);
    expect(fleschKincaidGrade(100, 5, 130)).toBeCloseTo(7.55, 3);
  });

  it('scores a text and each sentence', () => {
    const score = scoreReadability('The cat sat. The dog ran far away.')!;
    expect(score).toMatchObject({ sentences: 2, words: 8, syllables: 9 });
    expect(score.perSentence.map((s) => s.words)).toEqual([3, 5]);
    expect(scoreReadability('   ')).toBeUndefined();
  });
});

describe('checkReadability', () => {
  it('gives simple text a score of 60 or more, as info', () => {
    const findings = checkReadability(draftWithSummary(SIMPLE));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'readability:score', severity: 'info' });
    expect(findings[0]!.message).toMatch(/Reading ease (\d+)/);
    expect(Number(/Reading ease (\d+)/.exec(findings[0]!.message)![1])).toBeGreaterThanOrEqual(60);
    expect(findings[0]!.source?.title).toContain('Flesch');
  });

  it('warns on convoluted text and shows the sentence that pulls it down, in its field', () => {
    const findings = checkReadability(draftWithSummary(`${SIMPLE} ${CONVOLUTED}`));
    expect(findings[0]).toMatchObject({ id: 'readability:score', severity: 'warning' });
    expect(Number(/Reading ease (-?\d+)/.exec(findings[0]!.message)![1])).toBeLessThan(60);
    expect(findings[1]).toMatchObject({ id: 'readability:sentence:0', field: 'job.summary', excerpt: CONVOLUTED });
    expect(findings[1]!.suggestion).toContain('shorter, everyday words');
  });

  it('lists at most three hardest sentences, hardest first', () => {
    const hard = [
      'Comprehensive organizational documentation necessitates considerable interdepartmental coordination activities.',
      'Operational excellence requires sophisticated infrastructure monitoring capabilities everywhere possible.',
      'Continuous integration methodologies facilitate incremental deployment verification procedures.',
      'Architectural modernization initiatives prioritize maintainability considerations.',
    ];
    const findings = checkReadability(draftWithSummary(hard.join(' ')));
    const sentences = findings.filter((f) => f.id.startsWith('readability:sentence'));
    expect(sentences).toHaveLength(3);
    const eases = sentences.map((f) => Number(/reading ease (-?\d+)/.exec(f.message)![1]));
    expect(eases).toEqual([...eases].sort((a, b) => a - b));
  });

  it('suggests splitting a long sentence', () => {
    const long =
      'We are looking for someone who can design services, write tests, review code, talk to customers, plan releases and ' +
      'keep our on-call rotation calm while the product and the team keep growing every single quarter.';
    const sentence = checkReadability(draftWithSummary(long)).find((f) => f.excerpt === long);
    expect(sentence?.suggestion).toContain('Split it into two or three shorter sentences.');
  });

  it('counts a number with separators as one word', () => {
    expect(scoreReadability('Pay is $140,000 a year.')).toMatchObject({ words: 5 });
  });

  it('scores the rendered text when given, instead of the draft fields', () => {
    const findings = checkReadability(draftWithSummary(CONVOLUTED), { renderedText: SIMPLE });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
  });

  it('finds the field of a hard sentence in a list item', () => {
    const draft = exampleWith({ responsibilities: ['Write code.', CONVOLUTED] });
    const sentence = checkReadability(draft).find((f) => f.excerpt === CONVOLUTED);
    expect(sentence?.field).toBe('responsibilities.1');
  });
});
