import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../draft/draft-schema';
import { DEFAULT_ROLE_ID, getBenefits, getResponsibilities } from './index';
import { suggestedBenefits, suggestedResponsibilities } from './suggestions';

const others = LANGUAGES.filter((language) => language !== 'en');
const english = getResponsibilities(DEFAULT_ROLE_ID);

describe('suggestions in each posting language', () => {
  it('gives English the English libraries', () => {
    expect(suggestedResponsibilities(DEFAULT_ROLE_ID, 'en')).toBe(english);
    expect(suggestedBenefits('en')).toBe(getBenefits());
  });

  it.each(others)('%s: a responsibility for every English one, for the same skills, in its own words', (language) => {
    const own = suggestedResponsibilities(DEFAULT_ROLE_ID, language);
    expect(own.map((r) => [r.id, r.skills])).toEqual(english.map((r) => [r.id, r.skills]));
    const same = own.filter((r, i) => r.text === english[i]!.text);
    expect(same).toEqual([]);
  });

  it.each(others)('%s: a benefit library of its own, without the US-only ones', (language) => {
    const own = suggestedBenefits(language);
    expect(own.length).toBeGreaterThanOrEqual(20);
    const englishTexts = new Set(getBenefits().map((b) => b.text));
    expect(own.filter((b) => englishTexts.has(b.text))).toEqual([]);
    expect(own.map((b) => b.id)).not.toContain('us-401k-match');
    expect(own.map((b) => b.text).join(' ')).not.toMatch(/401\(k\)/);
  });

  it('words the same responsibility differently in each language', () => {
    const texts = LANGUAGES.map((language) => suggestedResponsibilities(DEFAULT_ROLE_ID, language)[0]!.text);
    expect(new Set(texts).size).toBe(LANGUAGES.length);
    expect(texts[LANGUAGES.indexOf('de')]).toMatch(/REST-APIs/);
  });
});
