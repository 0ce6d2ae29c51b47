import { describe, expect, it } from 'vitest';
import type { $ZodIssue } from 'zod/v4/core';
import { draftSchema } from '@/lib/shared/draft/draft-schema';
import { minimalDraft } from '@/lib/shared/draft/example-draft';
import { compileUiMessages } from '@/lib/server/ui-locale/ui-messages';
import type { UiLocale } from '@/lib/shared/ui-locale/ui-locale';
import { BUILDER_MESSAGES } from './messages/catalogs';
import { format, type MessageId, type MessageValues } from './ui-text';
import { translateIssue } from './validation-text';

function translator(locale: UiLocale) {
  const messages = compileUiMessages(BUILDER_MESSAGES[locale]);
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return (id: MessageId, values: MessageValues = {}) => format(messages[id]!, values, plural, number);
}

// The smallest valid draft, for the wrong values below to break.
const valid = minimalDraft;

/** The schema's own issues for drafts full of wrong values (each rule a form can break, at least once). */
function schemaIssues(): $ZodIssue[] {
  const drafts = [
    {
      ...valid,
      job: {
        title: 'a'.repeat(121),
        seniority: 'x',
        employmentType: 'x',
        workplace: 'onsite',
        summary: 'a'.repeat(2001),
        department: 'a\u0001',
      },
      company: { name: 'Acme', website: 'acme', logoUrl: 'http://x.example/a.png', accentColor: 'blue' },
      skills: [
        { id: 'custom:kafka', level: 'x', years: 1.5 },
        { id: 'custom:kafka', level: 'required', years: 31 },
        { id: 'go', level: 'required', years: -1 },
      ],
      responsibilities: [''],
      qualifications: Array(21).fill('x'),
      compensation: { currency: 'euro', min: 10, max: 5, period: 'x' },
      apply: { email: 'nope', closingDate: 'soon' },
    },
    {
      ...valid,
      job: { ...valid.job, title: ' ', workplace: 'x', remoteCountries: ['US', 'US', 'XX'] },
      compensation: { currency: 'EUR', min: 1, max: 2e9, period: 'YEAR' },
      benefits: Array(31).fill('x'),
      apply: { url: 'nope' },
    },
    { ...valid, job: { ...valid.job, workplace: 'hybrid' }, apply: {} },
  ];
  return drafts.flatMap((draft) => {
    const result = draftSchema.safeParse(draft);
    return result.success ? [] : result.error.issues;
  });
}

const issue = (fields: Partial<$ZodIssue> & Pick<$ZodIssue, 'code'>) =>
  ({ path: [], message: 'English', ...fields }) as $ZodIssue;

describe('translateIssue', () => {
  const de = translator('de');

  it.each(['de', 'fr', 'es', 'nl'] as const)('words every issue the schema gives a form in %s', (locale) => {
    const t = translator(locale);
    const issues = schemaIssues();
    expect(issues.length).toBeGreaterThan(20);
    const untranslated = issues.filter((i) => translateIssue(i, t) === i.message).map((i) => i.message);
    expect(untranslated).toEqual([]);
  });

  it('words from the code, path and limit, with the field name and numbers in German', () => {
    const issues = schemaIssues();
    const at = (path: string) => issues.find((i) => i.path.join('.') === path)!;
    expect(translateIssue(at('job.title'), de)).toBe('Stellenbezeichnung darf höchstens 120 Zeichen lang sein');
    expect(translateIssue(at('job.summary'), de)).toBe('Kurzbeschreibung darf höchstens 2.000 Zeichen lang sein');
    expect(translateIssue(at('qualifications'), de)).toBe('Höchstens 20 Anforderungen');
    expect(translateIssue(at('benefits'), de)).toBe('Höchstens 30 Leistungen');
    // The same path, two rules: a link that is no web address, and no way to apply at all.
    const [notAddress] = issues.filter((i) => i.path.join('.') === 'apply.url');
    expect(translateIssue(notAddress!, de)).toContain('Bewerbungslink');
    const none = schemaIssues()
      .filter((i) => i.path.join('.') === 'apply.url')
      .at(-1)!;
    expect(translateIssue(none, de)).toBe(de('error.applyWay'));
  });

  it('takes the limit from the issue, not from a number in the English message', () => {
    const t = translator('fr');
    const tooLong = issue({ code: 'too_big', origin: 'string', maximum: 77, path: ['job', 'title'] } as never);
    expect(translateIssue(tooLong, t)).toBe(t('error.tooLong', { field: t('label.job.title'), max: 77 }));
    expect(translateIssue(tooLong, t)).toContain('77');
  });

  it('reads the English messages back in English (numbers grouped)', () => {
    const en = translator('en');
    for (const i of schemaIssues()) {
      if (i.code !== 'custom' || i.params?.rule !== 'clean-text')
        expect(translateIssue(i, en).replace(/(\d),(\d)/g, '$1$2')).toBe(i.message);
    }
  });

  it('leaves an issue it does not know as it is', () => {
    expect(translateIssue(issue({ code: 'custom', message: 'Something new went wrong' }), de)).toBe(
      'Something new went wrong',
    );
    // A rule it words around a label, on a field it has no label for.
    const reason = issue({ code: 'custom', message: 'Reason is required', path: ['dismissed', 0, 'reason'] });
    expect(translateIssue({ ...reason, params: { rule: 'required' } } as $ZodIssue, de)).toBe('Reason is required');
  });
});
