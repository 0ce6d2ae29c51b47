import fc from 'fast-check';
import { getRoleCatalog } from '../../lib/shared/catalog';
import {
  EMPLOYMENT_TYPES,
  PAY_PERIODS,
  SENIORITIES,
  WORKPLACES,
  type Draft,
} from '../../lib/shared/draft/draft-schema';
import { hasVisibleText } from '../../lib/shared/draft/visible-text';

const catalog = getRoleCatalog('back-end-developer')!;

/**
 * Any text a person might type: unicode, markup, template syntax; never without a visible character
 * (the schema's own rule: `trim()` keeps fillers such as U+FFA0, which the schema refuses as blank).
 */
export const userText = (max: number) =>
  fc
    .oneof(
      fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }),
      fc.constantFrom('<script>alert(1)</script>', '{{ 7*7 }}', '{% raw %}', '**bold** # h', 'Zoë Łukasz €£ 中文 🚀'),
    )
    .filter((s) => s.length <= max && hasVisibleText(s));

const optionalText = (max: number) => fc.option(userText(max), { nil: undefined });
const country = fc.constantFrom('US', 'CA', 'DE', 'FR', 'GB', 'PL', 'IN', 'BR');
const slug = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,2}$/);

const skills = fc
  .tuple(
    fc.subarray(
      catalog.skills.map((s) => s.id),
      { maxLength: 12 },
    ),
    fc.uniqueArray(slug, { maxLength: 4 }),
  )
  .chain(([catalogIds, customSlugs]) =>
    fc.tuple(
      ...catalogIds.map((id) =>
        fc.record(
          {
            id: fc.constant(id),
            level: fc.constantFrom('required' as const, 'preferred' as const),
            years: fc.integer({ min: 0, max: 30 }),
          },
          { requiredKeys: ['id', 'level'] },
        ),
      ),
      ...customSlugs.map((s) =>
        fc.record({
          id: fc.constant(`custom:${s}`),
          name: userText(60),
          level: fc.constantFrom('required' as const, 'preferred' as const),
        }),
      ),
    ),
  );

/** Drafts the schema accepts, drawn widely: every optional part present or absent. */
export const validDraft: fc.Arbitrary<Draft> = fc
  .record({
    workplace: fc.constantFrom(...WORKPLACES),
    location: fc.record({ city: optionalText(100), region: optionalText(100), country }, { requiredKeys: ['country'] }),
    job: fc.record(
      {
        title: userText(120),
        seniority: fc.constantFrom(...SENIORITIES),
        employmentType: fc.constantFrom(...EMPLOYMENT_TYPES),
        remoteCountries: fc.uniqueArray(country, { maxLength: 4 }),
        department: userText(100),
        summary: userText(2000),
      },
      { requiredKeys: ['title', 'seniority', 'employmentType'] },
    ),
    company: fc.record(
      { name: userText(120), about: userText(3000), website: fc.constant('https://acme.example') },
      { requiredKeys: ['name'] },
    ),
    skills,
    responsibilities: fc.array(userText(300), { maxLength: 25 }),
    pay: fc.option(
      fc.record({
        currency: fc.constantFrom('USD', 'EUR', 'GBP', 'PLN'),
        a: fc.integer({ min: 0, max: 500_000 }),
        b: fc.integer({ min: 0, max: 500_000 }),
        period: fc.constantFrom(...PAY_PERIODS),
      }),
      { nil: undefined },
    ),
    benefits: fc.array(userText(200), { maxLength: 30 }),
    apply: fc.oneof(
      fc.record({ url: fc.constant('https://acme.example/jobs/1') }),
      fc.record({ email: fc.constant('jobs@acme.example') }),
      fc.record({
        url: fc.constant('https://acme.example/jobs/1'),
        email: fc.constant('jobs@acme.example'),
        closingDate: fc.constant('2027-03-31'),
      }),
    ),
    template: fc.constantFrom('classic', 'concise', 'conversational'),
  })
  .map(
    ({ workplace, location, job, company, skills: draftSkills, responsibilities, pay, benefits, apply, template }) => {
      const draft: Draft = {
        schemaVersion: 1,
        roleId: 'back-end-developer',
        template,
        job: { ...job, workplace, ...(workplace === 'remote' ? {} : { location }) },
        company,
        skills: draftSkills,
        responsibilities,
        benefits,
        apply,
      };
      if (pay)
        draft.compensation = {
          currency: pay.currency,
          min: Math.min(pay.a, pay.b),
          max: Math.max(pay.a, pay.b),
          period: pay.period,
        };
      return draft;
    },
  );
