import { z } from 'zod';

// Imported by the browser (form), the API and storage: nothing server-only here.

export const SENIORITIES = ['junior', 'mid', 'senior', 'lead', 'principal'] as const;
export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN'] as const;
export const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;
export const PAY_PERIODS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export const SKILL_LEVELS = ['required', 'preferred'] as const;

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const catalogSkillId = slug;
const customSkillId = /^custom:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Text is kept exactly as typed (no trimming) so a stored draft round-trips; blank text is refused. */
function text(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .max(max, { error: `${label} must be at most ${max} characters` })
    .refine((s) => s.trim().length > 0, { error: `${label} is required` });
}

function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .max(max, { error: `${label} must be at most ${max} characters` })
    .optional();
}

const httpUrl = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .max(2000, { error: `${label} must be at most 2000 characters` })
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
        } catch {
          return false;
        }
      },
      { error: `${label} must be a full web address starting with https://` },
    );

export const countryCodeSchema = z
  .string({ error: 'Country must be text' })
  .regex(/^[A-Z]{2}$/, { error: 'Use a two-letter country code (ISO 3166-1), e.g. US' });

export const locationSchema = z.strictObject({
  city: optionalText('City', 100),
  region: optionalText('Region', 100),
  country: countryCodeSchema,
});

export const jobSchema = z
  .strictObject({
    title: text('Job title', 120),
    seniority: z.enum(SENIORITIES, { error: 'Choose a seniority' }),
    employmentType: z.enum(EMPLOYMENT_TYPES, { error: 'Choose an employment type' }),
    workplace: z.enum(WORKPLACES, { error: 'Choose on-site, hybrid or remote' }),
    location: locationSchema.optional(),
    remoteCountries: z.array(countryCodeSchema).max(60, { error: 'At most 60 countries' }).optional(),
    department: optionalText('Department', 100),
    summary: optionalText('Summary', 2000),
  })
  .superRefine((job, ctx) => {
    if (job.workplace !== 'remote' && !job.location) {
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'On-site and hybrid roles need a location' });
    }
    if (job.remoteCountries && new Set(job.remoteCountries).size !== job.remoteCountries.length) {
      ctx.addIssue({ code: 'custom', path: ['remoteCountries'], message: 'Each country once' });
    }
  });

export const companySchema = z.strictObject({
  name: text('Company name', 120),
  about: optionalText('About the company', 3000),
  website: httpUrl('Website').optional(),
});

export const draftSkillSchema = z
  .strictObject({
    id: z
      .string({ error: 'Skill id must be text' })
      .max(80, { error: 'Skill id is too long' })
      .refine((id) => catalogSkillId.test(id) || customSkillId.test(id), {
        error: 'Skill id must be a catalog id or custom:<slug>',
      }),
    name: optionalText('Skill name', 60),
    level: z.enum(SKILL_LEVELS, { error: 'Mark the skill required or preferred' }),
    years: z
      .number({ error: 'Years must be a number' })
      .int({ error: 'Years must be a whole number' })
      .min(0, { error: 'Years must be 0 or more' })
      .max(30, { error: 'Years must be 30 or less' })
      .optional(),
  })
  .superRefine((skill, ctx) => {
    const custom = skill.id.startsWith('custom:');
    if (custom && (skill.name === undefined || skill.name.trim() === '')) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'A custom skill needs a name' });
    }
    if (!custom && skill.name !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'Only custom skills carry a name' });
    }
  });

export const skillsSchema = z
  .array(draftSkillSchema)
  .max(40, { error: 'At most 40 skills' })
  .superRefine((skills, ctx) => {
    const seen = new Set<string>();
    skills.forEach((skill, index) => {
      if (seen.has(skill.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'This skill is listed twice' });
      seen.add(skill.id);
    });
  });

export const responsibilitiesSchema = z
  .array(text('Responsibility', 300))
  .max(25, { error: 'At most 25 responsibilities' });

export const compensationSchema = z
  .strictObject({
    currency: z
      .string({ error: 'Currency must be text' })
      .regex(/^[A-Z]{3}$/, { error: 'Use a three-letter currency code, e.g. USD' }),
    min: z
      .number({ error: 'Minimum pay must be a number' })
      .min(0, { error: 'Minimum pay must be 0 or more' })
      .max(1e9),
    max: z
      .number({ error: 'Maximum pay must be a number' })
      .min(0, { error: 'Maximum pay must be 0 or more' })
      .max(1e9),
    period: z.enum(PAY_PERIODS, { error: 'Choose a pay period' }),
  })
  .refine((pay) => pay.min <= pay.max, {
    path: ['max'],
    error: 'Maximum pay must be at least the minimum',
  });

export const benefitsSchema = z.array(text('Benefit', 200)).max(30, { error: 'At most 30 benefits' });

export const applySchema = z
  .strictObject({
    url: httpUrl('Application link').optional(),
    email: z.email({ error: 'Enter a valid email address' }).max(254).optional(),
    closingDate: z.iso.date({ error: 'Closing date must be a date (YYYY-MM-DD)' }).optional(),
  })
  .refine((apply) => apply.url !== undefined || apply.email !== undefined, {
    path: ['url'],
    error: 'Give an application link or an email address',
  });

/** A check finding the author chose to keep, by its stable id, with why (see the draft format's `dismissed`). */
export const dismissalSchema = z.strictObject({
  finding: z
    .string({ error: 'The dismissed finding must be a finding id' })
    .min(1, { error: 'The dismissed finding must be a finding id' })
    .max(200, { error: 'A finding id is at most 200 characters' }),
  reason: text('Reason', 200),
});

export const dismissedSchema = z
  .array(dismissalSchema)
  .max(100, { error: 'At most 100 dismissed findings' })
  .superRefine((dismissed, ctx) => {
    const seen = new Set<string>();
    dismissed.forEach((d, index) => {
      if (seen.has(d.finding)) ctx.addIssue({ code: 'custom', path: [index, 'finding'], message: 'Dismissed twice' });
      seen.add(d.finding);
    });
  });

export const draftSchema = z.strictObject({
  schemaVersion: z.literal(1, { error: 'schemaVersion must be 1' }),
  roleId: z.string().regex(slug, { error: 'roleId must be a role id' }),
  template: z.string().regex(slug, { error: 'template must be a template id' }),
  job: jobSchema,
  company: companySchema,
  skills: skillsSchema,
  responsibilities: responsibilitiesSchema,
  compensation: compensationSchema.optional(),
  benefits: benefitsSchema,
  apply: applySchema,
  dismissed: dismissedSchema.optional(),
});

export type Seniority = (typeof SENIORITIES)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type Workplace = (typeof WORKPLACES)[number];
export type PayPeriod = (typeof PAY_PERIODS)[number];
export type Draft = z.infer<typeof draftSchema>;
export type DraftJob = z.infer<typeof jobSchema>;
export type DraftSkill = z.infer<typeof draftSkillSchema>;
export type Compensation = z.infer<typeof compensationSchema>;
export type Dismissal = z.infer<typeof dismissalSchema>;
