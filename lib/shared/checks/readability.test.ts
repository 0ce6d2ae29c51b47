import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft/draft-schema';
import { checkReadability, locateSentence } from './readability';
import { contextFor, draftWithSummary, exampleWith } from '../../../test/support/test-drafts';

const SIMPLE =
  'We build tools for small teams. You will write code and fix bugs. We ship a bit each week. You can work from home.';
const CONVOLUTED =
  'Notwithstanding organizational considerations, the incumbent will operationalize multidisciplinary infrastructure ' +
  'modernization initiatives, facilitating interdepartmental collaboration and comprehensive documentation standardization.';

const check = (draft: Draft, renderedText?: string) => checkReadability(contextFor(draft, { renderedText }));

describe('checkReadability', () => {
  it('gives plain text its real reading ease, as info', () => {
    const findings = check(draftWithSummary(SIMPLE));
    expect(findings).toHaveLength(1);
    // 24 one-syllable words in 4 sentences: 206.835 − 1.015·6 − 84.6 = 116.1; grade 0.39·6 + 11.8 − 15.59 < 0;
    // no word has more than six letters, so LIX is 24/4 + 0 = 6.
    expect(findings[0]).toMatchObject({
      id: 'readability:score',
      severity: 'info',
      message:
        'Reading ease 116 (Flesch reading ease, very easy), LIX 6 (very easy), about US grade 0: plain enough (target 60).',
    });
    expect(findings[0]!.details?.sources?.[0]?.title).toContain('Flesch');
  });

  it('warns on dense text and marks the sentence that pulls it down, in its field', () => {
    const draft = draftWithSummary(`${SIMPLE} ${CONVOLUTED}`);
    const [score, sentence, ...rest] = check(draft);
    expect(rest).toEqual([]);
    expect(score).toMatchObject({ id: 'readability:score', severity: 'warning' });
    const ease = Number(/Reading ease (-?\d+)/.exec(score!.message)![1]);
    expect(ease).toBeGreaterThan(-10);
    expect(ease).toBeLessThan(0);
    expect(sentence).toMatchObject({
      id: expect.stringMatching(/^readability:sentence:[0-9a-z]+$/),
      field: 'job.summary',
      excerpt: expect.stringMatching(/^Notwithstanding organizational .* collaboration and…$/),
      occurrences: [{ field: 'job.summary', start: SIMPLE.length + 1, end: SIMPLE.length + 1 + CONVOLUTED.length }],
    });
    expect(sentence!.suggestion).toContain('shorter, everyday words');
  });

  it('gives a hard sentence the same id wherever it moves', () => {
    const hard = (draft: Draft) => check(draft).filter((f) => f.id.startsWith('readability:sentence:'));
    const [inSummary] = hard(draftWithSummary(CONVOLUTED));
    const [inList] = hard(exampleWith({ job: { summary: 'Short.' }, responsibilities: ['Write code.', CONVOLUTED] }));
    expect(inList!.id).toBe(inSummary!.id);
    expect(inList!.field).toBe('responsibilities.1');
  });

  it('lists at most three hardest sentences, hardest first', () => {
    const hard = [
      'Comprehensive organizational documentation necessitates considerable interdepartmental coordination activities.',
      'Operational excellence requires sophisticated infrastructure monitoring capabilities everywhere possible.',
      'Continuous integration methodologies facilitate incremental deployment verification procedures.',
      'Architectural modernization initiatives prioritize maintainability considerations.',
    ];
    const sentences = check(draftWithSummary(hard.join(' '))).filter((f) => f.id.startsWith('readability:sentence'));
    expect(sentences).toHaveLength(3);
    const eases = sentences.map((f) => Number(/reading ease (-?\d+)/.exec(f.message)![1]));
    expect(eases).toEqual([...eases].sort((a, b) => a - b));
  });

  it('suggests splitting a long sentence', () => {
    const long =
      'We are looking for someone who can design services, write tests, review code, talk to customers, plan releases and ' +
      'keep our on-call rotation calm while the product and the team keep growing every single quarter.';
    const sentence = check(draftWithSummary(long)).find((f) => f.id.startsWith('readability:sentence'));
    expect(sentence?.suggestion).toContain('Split it into two or three shorter sentences.');
  });

  it('judges the writer’s own text, never the template’s lines', () => {
    const template =
      'Workplace: Hybrid, based in Austin, TX, United States. We warmly welcome applications from everyone.';
    const findings = check(draftWithSummary(SIMPLE), `${template}\n${CONVOLUTED}`);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.details?.why).toContain('Scored on what you wrote');
  });

  it('scores nothing when the writer has written no prose yet', () => {
    expect(check(draftWithSummary(''))).toEqual([]);
  });
});

describe('locateSentence', () => {
  it('finds a normalised sentence in the text it came from', () => {
    const text = 'First line.\n- Build  **APIs** for\n  customers. Next.';
    expect(locateSentence(text, 'Build APIs for customers.')).toEqual({ start: 14, end: 46 });
    expect(text.slice(14, 46)).toBe('Build  **APIs** for\n  customers.');
  });
});
