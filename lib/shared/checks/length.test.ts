import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft/draft-schema';
import { checkLength, lengthRules } from './length';
import { contextFor, exampleWith, minimalWith } from '../../../test/support/test-drafts';

const check = (draft: Draft, renderedText?: string) => checkLength(contextFor(draft, { renderedText }));

/** `count` words of prose, about six characters a word with its space. */
const prose = (count: number) => Array.from({ length: count }, (_, i) => (i % 12 === 11 ? 'work.' : 'build')).join(' ');

describe('checkLength', () => {
  it('flags a posting that is too short, with its counts and the cited range', () => {
    const [finding] = check(minimalWith());
    expect(finding).toMatchObject({ id: 'length:too-short', check: 'length', severity: 'warning' });
    expect(finding!.message).toBe("Too short: the draft's text fields have 3 words and 18 characters.");
    expect(finding!.missing).toBe(true);
    expect(finding!.details?.why).toContain('300–700 words');
    expect(finding!.details?.why).toContain('2,000–10,000 characters');
    expect(finding!.details?.sources?.[0]).toEqual(lengthRules.words.source);
  });

  it.each([
    { words: 900, id: 'length:too-long', severity: 'warning', says: 'the posting has 900 words' },
    { words: 450, id: 'length:ok', severity: 'info', says: '450 words' },
  ])('gives $id ($severity) for $words words of rendered text', ({ words, id, severity, says }) => {
    const [finding] = check(exampleWith(), prose(words));
    expect(finding).toMatchObject({ id, severity });
    expect(finding!.message).toContain(says);
  });

  it('flags too many characters even when the word count is in range', () => {
    const longWords = Array.from({ length: 600 }, () => 'internationalization').join(' ');
    const [finding] = check(exampleWith(), longWords);
    expect(finding).toMatchObject({ id: 'length:too-long' });
    expect(finding!.details?.sources?.[0]).toEqual(lengthRules.characters.source);
  });

  it("counts the draft's own prose when no rendered text is given", () => {
    const summary = prose(400);
    const [finding] = check(exampleWith({ job: { summary } }));
    expect(finding!.message).toContain("the draft's text fields have");
  });
});
