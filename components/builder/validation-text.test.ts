import { describe, expect, it } from 'vitest';
import { draftSchema } from '@/lib/draft/draft-schema';
import { compileUiMessages } from '@/lib/ui-locale/ui-messages';
import { BUILDER_MESSAGES } from './messages/catalogs';
import { format, type MessageId, type MessageValues } from './ui-text';
import { translateIssue } from './validation-text';

function translator(locale: 'en' | 'de') {
  const messages = compileUiMessages(BUILDER_MESSAGES[locale]);
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return (id: MessageId, values: MessageValues = {}) => format(messages[id]!, values, plural, number);
}

/** The schema's own messages for a draft full of wrong values. */
function schemaMessages(): string[] {
  const result = draftSchema.safeParse({
    schemaVersion: 1,
    roleId: 'back-end-developer',
    template: 'modern',
    job: { title: ' ', seniority: 'x', employmentType: 'x', workplace: 'onsite', summary: 'a'.repeat(2001) },
    company: { name: 'Acme', website: 'acme', logoUrl: 'http://x.example/a.png', accentColor: 'blue' },
    skills: [{ id: 'custom:kafka', level: 'x', years: 1.5 }],
    responsibilities: [''],
    compensation: { currency: 'euro', min: 10, max: 5, period: 'x' },
    benefits: [],
    apply: { email: 'nope', closingDate: 'soon' },
  });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('translateIssue', () => {
  const de = translator('de');

  it('gives every message the schema produced here in German', () => {
    const messages = schemaMessages();
    expect(messages.length).toBeGreaterThan(12);
    const untranslated = messages.filter((message) => translateIssue(message, de) === message);
    expect(untranslated).toEqual([]);
  });

  it('translates the field name inside a message, and formats numbers the German way', () => {
    expect(translateIssue('Job title is required', de)).toBe('Stellenbezeichnung ist ein Pflichtfeld');
    expect(translateIssue('Summary must be at most 2000 characters', de)).toBe(
      'Kurzbeschreibung darf höchstens 2.000 Zeichen lang sein',
    );
  });

  it('reads the English messages back in English (numbers grouped)', () => {
    const en = translator('en');
    for (const message of schemaMessages()) {
      if (!/must not contain/.test(message))
        expect(translateIssue(message, en).replace(/(\d),(\d)/g, '$1$2')).toBe(message);
    }
  });

  it('leaves a message it does not know as it is', () => {
    expect(translateIssue('Something new went wrong', de)).toBe('Something new went wrong');
    expect(translateIssue('Reason is required', de)).toBe('Reason is required');
  });
});
