import type { $ZodIssue } from 'zod/v4/core';
import type { DraftRule } from '@/lib/shared/draft/draft-schema';
import type { MessageId, MessageValues } from './ui-text';

// The draft schema (lib/shared/draft/draft-schema.ts) is shared with the API, whose error messages are English by
// contract. The form words them in the builder's language from what the issue says, not from its English:
// the zod code, the field's path, the limit (maximum, minimum) and, for a custom check, the rule the schema
// names in its params. An issue not recognised here keeps its English message.

type Translate = (id: MessageId, values?: MessageValues) => string;

/** A draft path without list positions: `skills.2.years` → `skills.years`. */
const fieldOf = (path: readonly PropertyKey[]) => path.filter((key) => typeof key === 'string').join('.');

/** The fields a message can name, by path without list positions; each has a `label.<path>` message. */
const LABELLED = new Set([
  'job.title',
  'job.department',
  'job.summary',
  'job.location.city',
  'job.location.region',
  'job.location.country',
  'company.name',
  'company.about',
  'company.website',
  'company.logoUrl',
  'skills.name',
  'skills.years',
  'responsibilities',
  'qualifications',
  'benefits',
  'compensation.min',
  'compensation.max',
  'compensation.currency',
  'apply.url',
]);

/** Lists with a ceiling, by path: "At most {max} skills". */
const LIST_CEILINGS: Record<string, MessageId> = {
  'job.remoteCountries': 'error.maxCountries',
  skills: 'error.maxSkills',
  responsibilities: 'error.maxResponsibilities',
  qualifications: 'error.maxQualifications',
  benefits: 'error.maxBenefits',
};

/** A choice from a fixed list, by the field's last key. */
const CHOICES: Record<string, MessageId> = {
  seniority: 'error.seniority',
  employmentType: 'error.employmentType',
  workplace: 'error.workplace',
  period: 'error.payPeriod',
  level: 'error.skillLevel',
};

/** Custom checks whose message does not name a field. */
const RULES: Partial<Record<DraftRule, MessageId>> = {
  'logo-address': 'error.logoAddress',
  'country-code': 'error.countryCode',
  'location-needed': 'error.locationNeeded',
  'country-once': 'error.countryOnce',
  'custom-skill-name': 'error.customSkillName',
  'max-below-min': 'error.maxBelowMin',
  'apply-way': 'error.applyWay',
};

/** Custom checks worded around the field's label. */
const FIELD_RULES: Partial<Record<DraftRule, MessageId>> = {
  required: 'error.required',
  'clean-text': 'error.badCharacters',
  'web-address': 'error.webAddress',
};

/** Pay is capped at a billion: past that a figure is "too large", not "must be 1,000,000,000 or less". */
const TOO_LARGE = 1e9;

/** One of the draft schema's issues in the builder's language (its English message when not known here). */
export function translateIssue(issue: $ZodIssue, t: Translate): string {
  const field = fieldOf(issue.path);
  const last = field.split('.').at(-1) ?? '';
  const label = () => (LABELLED.has(field) ? t(`label.${field}` as MessageId) : null);
  const withLabel = (id: MessageId, values: MessageValues = {}) => {
    const name = label();
    return name === null ? issue.message : t(id, { field: name, ...values });
  };

  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'string') return withLabel('error.notText');
      if (issue.expected === 'number') return withLabel('error.notNumber');
      if (issue.expected === 'int') return withLabel('error.wholeNumber');
      return issue.message;
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return withLabel('error.tooLong', { max });
      if (issue.origin === 'number')
        return max >= TOO_LARGE ? withLabel('error.tooLarge') : withLabel('error.atMost', { max });
      if (issue.origin === 'array') {
        const id = LIST_CEILINGS[field];
        return id ? t(id, { max }) : issue.message;
      }
      return issue.message;
    }
    case 'too_small':
      return issue.origin === 'number' && Number(issue.minimum) === 0 ? withLabel('error.notNegative') : issue.message;
    case 'invalid_value': {
      const id = CHOICES[last];
      return id ? t(id) : issue.message;
    }
    case 'invalid_format':
      if (issue.format === 'email') return t('error.email');
      if (issue.format === 'date') return t('error.closingDate');
      if (field === 'company.accentColor') return t('error.accentColor');
      if (field === 'compensation.currency') return t('error.currency');
      return issue.message;
    case 'custom': {
      const rule = issue.params?.rule as DraftRule | undefined;
      if (!rule) return issue.message;
      if (rule === 'repeated') return field === 'skills.id' ? t('error.skillTwice') : issue.message;
      const fixed = RULES[rule];
      if (fixed) return t(fixed);
      const worded = FIELD_RULES[rule];
      return worded ? withLabel(worded) : issue.message;
    }
    default:
      return issue.message;
  }
}
