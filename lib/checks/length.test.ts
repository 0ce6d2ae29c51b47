import { describe, expect, it } from 'vitest';
import { checkLength, lengthRules, measureLength } from './length';
import { exampleWith, minimalWith } from './test-drafts';

/** `count` words of prose, about six characters a word with its space. */
const prose = (count: number) => Array.from({ length: count }, (_, i) => (i % 12 === 11 ? 'work.' : 'build')).join(' ');

describe('measureLength', () => {
  it('counts words and characters, with runs of whitespace counted once', () => {
    expect(measureLength('Build  APIs.\n\nShip   code.')).toEqual({ words: 4, characters: 22 });
  });
});

describe('checkLength', () => {
  it('flags a posting that is too short, with its counts and the cited range', () => {
    const [finding] = checkLength(minimalWith());
    expect(finding).toMatchObject({ id: 'length:too-short', check: 'length', severity: 'warning' });
    expect(finding!.message).toContain('3 words');
    expect(finding!.message).toContain('300–700 words');
    expect(finding!.message).toContain('2,000–10,000 characters');
    expect(finding!.source).toEqual(lengthRules.words.source);
  });

  it('flags a posting that is too long', () => {
    const [finding] = checkLength(exampleWith(), { renderedText: prose(900) });
    expect(finding).toMatchObject({ id: 'length:too-long', severity: 'warning' });
    expect(finding!.message).toContain('the posting has 900 words');
  });

  it('flags too many characters even when the word count is in range', () => {
    const longWords = Array.from({ length: 600 }, () => 'internationalization').join(' ');
    const [finding] = checkLength(exampleWith(), { renderedText: longWords });
    expect(finding).toMatchObject({ id: 'length:too-long' });
    expect(finding!.source).toEqual(lengthRules.characters.source);
  });

  it('reports an in-range posting as info', () => {
    const [finding] = checkLength(exampleWith(), { renderedText: prose(450) });
    expect(finding).toMatchObject({ id: 'length:ok', severity: 'info' });
    expect(finding!.message).toContain('450 words');
  });

  it("counts the draft's own prose when no rendered text is given", () => {
    const summary = prose(400);
    const [finding] = checkLength(exampleWith({ job: { summary } }));
    expect(finding!.message).toContain("the draft's text fields have");
  });
});
