import type { MessageId, MessageValues } from './ui-text';

// The draft schema (lib/draft/draft-schema.ts) is shared with the API, whose error messages are English by
// contract. The form shows them in the builder's language: each English message the schema can give is
// matched here to a message id, with the field's name (the schema's label) translated as well. A message
// not listed stays English; validation-text.test.ts checks every one the schema gives for an empty form
// and for wrong values.

type Translate = (id: MessageId, values?: MessageValues) => string;

const FIXED: Record<string, MessageId> = {
  'Use a two-letter country code (ISO 3166-1), e.g. US': 'error.countryCode',
  'Choose a seniority': 'error.seniority',
  'Choose an employment type': 'error.employmentType',
  'Choose on-site, hybrid or remote': 'error.workplace',
  'On-site and hybrid roles need a location': 'error.locationNeeded',
  'Each country once': 'error.countryOnce',
  'At most 60 countries': 'error.maxCountries',
  'Logo address must be a full web address starting with https://, or an uploaded logo': 'error.logoAddress',
  'Accent colour must be a hex colour such as #1d5fd6': 'error.accentColor',
  'A custom skill needs a name': 'error.customSkillName',
  'Mark the skill required or preferred': 'error.skillLevel',
  'This skill is listed twice': 'error.skillTwice',
  'At most 40 skills': 'error.maxSkills',
  'At most 25 responsibilities': 'error.maxResponsibilities',
  'At most 30 benefits': 'error.maxBenefits',
  'Use a three-letter currency code, e.g. USD': 'error.currency',
  'Choose a pay period': 'error.payPeriod',
  'Maximum pay must be at least the minimum': 'error.maxBelowMin',
  'Enter a valid email address': 'error.email',
  'Closing date must be a date (YYYY-MM-DD)': 'error.closingDate',
  'Give an application link or an email address': 'error.applyWay',
};

/** Messages built around a field's label (`${label} is required`), most specific first. */
const PATTERNS: [RegExp, MessageId][] = [
  [/^(.+) must be at most (\d+) characters$/, 'error.tooLong'],
  [/^(.+) must be a full web address starting with https:\/\/$/, 'error.webAddress'],
  [/^(.+) must not contain .*(control characters|noncharacters)/, 'error.badCharacters'],
  [/^(.+) is required$/, 'error.required'],
  [/^(.+) must be text$/, 'error.notText'],
  [/^(.+) must be a whole number$/, 'error.wholeNumber'],
  [/^(.+) must be a number$/, 'error.notNumber'],
  [/^(.+) must be 0 or more$/, 'error.notNegative'],
  [/^(.+) must be (\d+) or less$/, 'error.atMost'],
  [/^(.+) is too large$/, 'error.tooLarge'],
  [/^At most (\d+) qualifications$/, 'error.maxQualifications'],
];

const LABELS = new Set([
  'City',
  'Region',
  'Job title',
  'Department',
  'Summary',
  'Company name',
  'About the company',
  'Website',
  'Logo address',
  'Skill name',
  'Years',
  'Responsibility',
  'Minimum pay',
  'Maximum pay',
  'Qualification',
  'Benefit',
  'Application link',
  'Country',
  'Currency',
]);

/** One of the draft schema's messages in the builder's language (unchanged when it is not known here). */
export function translateIssue(message: string, t: Translate): string {
  const fixed = FIXED[message];
  if (fixed) return t(fixed);
  for (const [pattern, id] of PATTERNS) {
    const match = pattern.exec(message);
    if (!match) continue;
    if (id === 'error.maxQualifications') return t(id, { max: Number(match[1]) });
    const label = match[1]!;
    if (!LABELS.has(label)) return message;
    const field = t(`label.${label}` as MessageId);
    return t(id, id === 'error.tooLong' || id === 'error.atMost' ? { field, max: Number(match[2]) } : { field });
  }
  return message;
}
