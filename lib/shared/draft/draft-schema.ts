import * as z from 'zod/mini';
import { UPLOADED_LOGO_PATH } from '../publishing/logo-contract';
import { isAssignedCountryCode } from './iso-3166-alpha2';
import { cleanText, type TextKind } from './text-hygiene';
import { hasVisibleText } from './visible-text';

// The one draft schema, for the browser (form), the API and storage alike. Written with zod/mini so the
// builder's bundle carries only the validators it uses (full zod is not tree-shaken on the client);
// nothing server-only here.

export const SENIORITIES = ['junior', 'mid', 'senior', 'lead', 'principal'] as const;
export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN'] as const;
export const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;
export const PAY_PERIODS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl'] as const;

/** True for one of the posting languages (a `?lang=` value, a cookie). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
export const MAX_QUALIFICATIONS = 20;
const SKILL_LEVELS = ['required', 'preferred'] as const;
export const MAX_DISMISSED = 100;

/**
 * Which rule a custom check enforces, carried in its issue's `params` beside the English message: the builder
 * words its messages by code, path and rule (components/builder/validation-text.ts), never by reading English.
 */
export const DRAFT_RULES = [
  'required',
  'clean-text',
  'web-address',
  'logo-address',
  'country-code',
  'location-needed',
  'country-once',
  'skill-id',
  'custom-skill-name',
  'name-only-custom',
  'repeated',
  'max-below-min',
  'apply-way',
] as const;
export type DraftRule = (typeof DRAFT_RULES)[number];
const rule = (name: DraftRule) => ({ rule: name });

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const catalogSkillId = slug;
const customSkillId = /^custom:[a-z0-9]+(?:-[a-z0-9]+)*$/;

const maxChars = (label: string, max: number) =>
  z.maxLength(max, { error: `${label} must be at most ${max} characters` });

/** Text of `kind` (see text-hygiene: what each kind refuses), at most `max` characters. */
function plainText(label: string, max: number, kind: TextKind) {
  return z.string({ error: `${label} must be text` }).check(maxChars(label, max), cleanText(label, kind));
}

/**
 * Text that must say something. Kept exactly as typed (no trimming) so a stored draft round-trips;
 * text with no visible character (blank, or only zero-width characters) is refused.
 */
function text(label: string, max: number, kind: TextKind) {
  return plainText(label, max, kind).check(
    z.refine(hasVisibleText, { error: `${label} is required`, params: rule('required') }),
  );
}

function optionalText(label: string, max: number, kind: TextKind) {
  return z.optional(plainText(label, max, kind));
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const httpUrl = (label: string) =>
  z.string({ error: `${label} must be text` }).check(
    maxChars(label, 2000),
    cleanText(label, 'line'),
    z.refine(isWebAddress, {
      error: `${label} must be a full web address starting with https://`,
      params: rule('web-address'),
    }),
  );

/** A check finding the author chose to keep, and why (see the draft-format spec). */
export const dismissalSchema = z.strictObject({
  finding: z
    .string({ error: 'A dismissal names a finding id' })
    .check(
      z.minLength(1, { error: 'A dismissal names a finding id' }),
      z.maxLength(200, { error: 'Finding id is too long' }),
      z.refine(hasVisibleText, { error: 'A dismissal names a finding id' }),
      cleanText('Finding id', 'line'),
    ),
  reason: text('Reason', 200, 'line'),
});

// The whole draft schema is made on first use, not when the module loads: on the builder page that is a
// few hundred schema objects, built in the one task that runs the page's script before hydration (about a
// tenth of a second on a phone's CPU), while the first parse waits for the visitor's first edit. The same
// schema either way, made once.
function makeDraftSchema() {
  const countryCodeSchema = z.string({ error: 'Country must be text' }).check(
    z.refine(isAssignedCountryCode, {
      error: 'Use a two-letter country code (ISO 3166-1), e.g. US',
      params: rule('country-code'),
    }),
  );

  const locationSchema = z.strictObject({
    city: optionalText('City', 100, 'line'),
    region: optionalText('Region', 100, 'line'),
    country: countryCodeSchema,
  });

  const jobSchema = z
    .strictObject({
      title: text('Job title', 120, 'name'),
      seniority: z.enum(SENIORITIES, { error: 'Choose a seniority' }),
      employmentType: z.enum(EMPLOYMENT_TYPES, { error: 'Choose an employment type' }),
      workplace: z.enum(WORKPLACES, { error: 'Choose on-site, hybrid or remote' }),
      location: z.optional(locationSchema),
      remoteCountries: z.optional(z.array(countryCodeSchema).check(z.maxLength(60, { error: 'At most 60 countries' }))),
      department: optionalText('Department', 100, 'line'),
      summary: optionalText('Summary', 2000, 'multiline'),
    })
    .check(
      z.superRefine((job, ctx) => {
        if (job.workplace !== 'remote' && !job.location) {
          ctx.addIssue({
            code: 'custom',
            path: ['location'],
            message: 'On-site and hybrid roles need a location',
            params: rule('location-needed'),
          });
        }
        if (job.remoteCountries && new Set(job.remoteCountries).size !== job.remoteCountries.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['remoteCountries'],
            message: 'Each country once',
            params: rule('country-once'),
          });
        }
      }),
    );

  // The logo is shown on the public job page straight from the employer's server: https only, so the page
  // stays free of mixed content. Or it is one uploaded here (PUT /api/postings/{id}/logo): the path of the
  // stored, re-encoded file on this site.
  const isHttpsAddress = (value: string) => isWebAddress(value) && value.startsWith('https://');
  const isLogoAddress = (value: string) => UPLOADED_LOGO_PATH.test(value) || isHttpsAddress(value);

  const companySchema = z.strictObject({
    name: text('Company name', 120, 'name'),
    about: optionalText('About the company', 3000, 'multiline'),
    website: z.optional(httpUrl('Website')),
    logoUrl: z.optional(
      z.string({ error: 'Logo address must be text' }).check(
        maxChars('Logo address', 2000),
        cleanText('Logo address', 'line'),
        z.refine(isLogoAddress, {
          error: 'Logo address must be a full web address starting with https://, or an uploaded logo',
          params: rule('logo-address'),
        }),
      ),
    ),
    accentColor: z.optional(
      z
        .string({ error: 'Accent colour must be text' })
        .check(z.regex(/^#[0-9a-f]{6}$/i, { error: 'Accent colour must be a hex colour such as #1d5fd6' })),
    ),
  });

  const draftSkillSchema = z
    .strictObject({
      id: z.string({ error: 'Skill id must be text' }).check(
        z.maxLength(80, { error: 'Skill id is too long' }),
        z.refine((id) => catalogSkillId.test(id) || customSkillId.test(id), {
          error: 'Skill id must be a catalog id or custom:<slug>',
          params: rule('skill-id'),
        }),
      ),
      name: optionalText('Skill name', 60, 'name'),
      level: z.enum(SKILL_LEVELS, { error: 'Mark the skill required or preferred' }),
      years: z.optional(
        z
          .number({ error: 'Years must be a number' })
          .check(
            z.int({ error: 'Years must be a whole number' }),
            z.gte(0, { error: 'Years must be 0 or more' }),
            z.lte(30, { error: 'Years must be 30 or less' }),
          ),
      ),
    })
    .check(
      z.superRefine((skill, ctx) => {
        const custom = skill.id.startsWith('custom:');
        if (custom && (skill.name === undefined || !hasVisibleText(skill.name))) {
          ctx.addIssue({
            code: 'custom',
            path: ['name'],
            message: 'A custom skill needs a name',
            params: rule('custom-skill-name'),
          });
        }
        if (!custom && skill.name !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['name'],
            message: 'Only custom skills carry a name',
            params: rule('name-only-custom'),
          });
        }
      }),
    );

  /** Refuses an item whose `field` repeats an earlier item's; the issue points at the repeat, not the first. */
  function noRepeated<T, K extends keyof T & string>(field: K, message: string) {
    return z.superRefine<T[]>((items, ctx) => {
      const seen = new Set<T[K]>();
      items.forEach((item, index) => {
        if (seen.has(item[field]))
          ctx.addIssue({ code: 'custom', path: [index, field], message, params: rule('repeated') });
        seen.add(item[field]);
      });
    });
  }

  const skillsSchema = z
    .array(draftSkillSchema)
    .check(z.maxLength(40, { error: 'At most 40 skills' }), noRepeated('id', 'This skill is listed twice'));

  const responsibilitiesSchema = z
    .array(text('Responsibility', 300, 'multiline'))
    .check(z.maxLength(25, { error: 'At most 25 responsibilities' }));

  const pay = (label: string) =>
    z
      .number({ error: `${label} must be a number` })
      .check(z.gte(0, { error: `${label} must be 0 or more` }), z.lte(1e9, { error: `${label} is too large` }));

  const compensationSchema = z
    .strictObject({
      currency: z
        .string({ error: 'Currency must be text' })
        .check(z.regex(/^[A-Z]{3}$/, { error: 'Use a three-letter currency code, e.g. USD' })),
      min: pay('Minimum pay'),
      max: pay('Maximum pay'),
      period: z.enum(PAY_PERIODS, { error: 'Choose a pay period' }),
    })
    .check(
      z.refine((comp) => comp.min <= comp.max, {
        path: ['max'],
        error: 'Maximum pay must be at least the minimum',
        params: rule('max-below-min'),
      }),
    );

  /** Requirements that are not skills (education, leading a team, on-call, languages). */
  const qualificationsSchema = z
    .array(text('Qualification', 300, 'multiline'))
    .check(z.maxLength(MAX_QUALIFICATIONS, { error: `At most ${MAX_QUALIFICATIONS} qualifications` }));

  const benefitsSchema = z
    .array(text('Benefit', 200, 'multiline'))
    .check(z.maxLength(30, { error: 'At most 30 benefits' }));

  const applySchema = z
    .strictObject({
      url: z.optional(httpUrl('Application link')),
      email: z.optional(z.email({ error: 'Enter a valid email address' }).check(z.maxLength(254))),
      closingDate: z.optional(z.iso.date({ error: 'Closing date must be a date (YYYY-MM-DD)' })),
    })
    .check(
      z.refine((apply) => apply.url !== undefined || apply.email !== undefined, {
        path: ['url'],
        error: 'Give an application link or an email address',
        params: rule('apply-way'),
      }),
    );

  const dismissedSchema = z
    .array(dismissalSchema)
    .check(
      z.maxLength(MAX_DISMISSED, { error: `At most ${MAX_DISMISSED} dismissed findings` }),
      noRepeated('finding', 'This finding is dismissed twice'),
    );

  return z.strictObject({
    schemaVersion: z.literal(1, { error: 'schemaVersion must be 1' }),
    language: z.optional(z.enum(LANGUAGES, { error: 'Language must be one of en, de, fr, es, nl' })),
    roleId: z.string().check(z.regex(slug, { error: 'roleId must be a role id' })),
    template: z.string().check(z.regex(slug, { error: 'template must be a template id' })),
    job: jobSchema,
    company: companySchema,
    skills: skillsSchema,
    responsibilities: responsibilitiesSchema,
    compensation: z.optional(compensationSchema),
    qualifications: z.optional(qualificationsSchema),
    benefits: benefitsSchema,
    apply: applySchema,
    dismissed: z.optional(dismissedSchema),
  });
}

let made: ReturnType<typeof makeDraftSchema> | undefined;
/** The draft schema as the object schema it is (for its shape, or a part of it with z.pick). */
export const draftObjectSchema = () => (made ??= makeDraftSchema());
export const draftSchema = z.lazy(draftObjectSchema);

export type Seniority = (typeof SENIORITIES)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type Workplace = (typeof WORKPLACES)[number];
export type PayPeriod = (typeof PAY_PERIODS)[number];
export type Language = (typeof LANGUAGES)[number];
export type Draft = z.infer<typeof draftSchema>;
export type DraftSkill = Draft['skills'][number];
export type Compensation = NonNullable<Draft['compensation']>;
export type Dismissal = z.infer<typeof dismissalSchema>;
