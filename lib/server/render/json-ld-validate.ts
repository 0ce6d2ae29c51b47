// Google's structured-data rules for JobPosting, as checks a test (or the checks panel) can run:
// https://developers.google.com/search/docs/appearance/structured-data/job-posting

const EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
];
const UNIT_TEXTS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function checkLocation(place: unknown, problems: string[]): void {
  if (!isObject(place) || place['@type'] !== 'Place') return void problems.push('jobLocation must be a Place');
  const address = place.address;
  if (!isObject(address) || address['@type'] !== 'PostalAddress') {
    return void problems.push('jobLocation.address must be a PostalAddress');
  }
  if (!isText(address.addressCountry)) problems.push('jobLocation.address.addressCountry is required');
  for (const key of ['addressLocality', 'addressRegion', 'streetAddress', 'postalCode']) {
    if (address[key] !== undefined && !isText(address[key])) problems.push(`jobLocation.address.${key} must be text`);
  }
}

function checkSalary(salary: unknown, problems: string[]): void {
  if (!isObject(salary) || salary['@type'] !== 'MonetaryAmount')
    return void problems.push('baseSalary must be a MonetaryAmount');
  if (typeof salary.currency !== 'string' || !/^[A-Z]{3}$/.test(salary.currency)) {
    problems.push('baseSalary.currency must be an ISO 4217 code');
  }
  const value = salary.value;
  if (!isObject(value) || value['@type'] !== 'QuantitativeValue') {
    return void problems.push('baseSalary.value must be a QuantitativeValue');
  }
  const { minValue, maxValue } = value;
  const hasRange = typeof minValue === 'number' && typeof maxValue === 'number';
  if (typeof value.value !== 'number' && !hasRange)
    problems.push('baseSalary.value needs value or minValue and maxValue');
  if (hasRange && minValue > maxValue) problems.push('baseSalary.value.minValue must not exceed maxValue');
  if (typeof value.unitText !== 'string' || !UNIT_TEXTS.includes(value.unitText)) {
    problems.push(`baseSalary.value.unitText must be one of ${UNIT_TEXTS.join(', ')}`);
  }
}

function checkRequired(posting: Json, problems: string[]): void {
  const context = posting['@context'];
  if (typeof context !== 'string' || !/^https?:\/\/schema\.org\/?$/.test(context)) {
    problems.push('@context must be https://schema.org/');
  }
  if (posting['@type'] !== 'JobPosting') problems.push('@type must be JobPosting');
  if (!isText(posting.title)) problems.push('title is required');
  else if (/<[a-z/!]/i.test(posting.title)) problems.push('title must be plain text, not HTML');
  if (!isText(posting.description)) problems.push('description is required');
  if (!isDate(posting.datePosted)) problems.push('datePosted must be an ISO 8601 date');
  const org = posting.hiringOrganization;
  if (!isObject(org) || org['@type'] !== 'Organization' || !isText(org.name)) {
    problems.push('hiringOrganization must be an Organization with a name');
  }
  const remote = posting.jobLocationType === 'TELECOMMUTE';
  if (posting.jobLocationType !== undefined && !remote) problems.push('jobLocationType may only be TELECOMMUTE');
  if (posting.jobLocation === undefined) {
    if (!remote) problems.push('jobLocation is required unless the job is fully remote (jobLocationType TELECOMMUTE)');
  } else {
    asList(posting.jobLocation).forEach((place) => checkLocation(place, problems));
  }
  if (remote) {
    const countries = posting.applicantLocationRequirements;
    const valid =
      Array.isArray(countries) &&
      countries.length > 0 &&
      countries.every((c) => isObject(c) && (c['@type'] === 'Country' || c['@type'] === 'State') && isText(c.name));
    if (!valid) problems.push('applicantLocationRequirements needs at least one Country for a TELECOMMUTE job');
  }
}

function checkRecommended(posting: Json, problems: string[]): void {
  if (posting.baseSalary === undefined) problems.push('recommended: baseSalary is missing');
  if (posting.employmentType === undefined) problems.push('recommended: employmentType is missing');
  if (posting.directApply === undefined) problems.push('recommended: directApply is missing');
}

function checkShapes(posting: Json, problems: string[]): void {
  if (posting.baseSalary !== undefined) checkSalary(posting.baseSalary, problems);
  if (posting.employmentType !== undefined) {
    const types = asList(posting.employmentType);
    if (!types.every((t) => typeof t === 'string' && EMPLOYMENT_TYPES.includes(t))) {
      problems.push(`employmentType must be one or more of ${EMPLOYMENT_TYPES.join(', ')}`);
    }
  }
  if (posting.validThrough !== undefined) {
    if (!isDate(posting.validThrough)) problems.push('validThrough must be an ISO 8601 date or date-time');
    else if (isDate(posting.datePosted) && Date.parse(posting.validThrough) < Date.parse(posting.datePosted)) {
      problems.push('validThrough is before datePosted');
    }
  }
  if (posting.directApply !== undefined && typeof posting.directApply !== 'boolean') {
    problems.push('directApply must be true or false');
  }
  const experience = posting.experienceRequirements;
  if (experience !== undefined) {
    const valid =
      isObject(experience) &&
      experience['@type'] === 'OccupationalExperienceRequirements' &&
      typeof experience.monthsOfExperience === 'number' &&
      experience.monthsOfExperience >= 0;
    if (!valid)
      problems.push('experienceRequirements must be OccupationalExperienceRequirements with monthsOfExperience');
  }
}

/**
 * Problems with a JobPosting under Google's rules; empty when it qualifies. Missing recommended properties
 * are listed too, each starting with "recommended:", unless `recommended: false`.
 */
export function validateJobPostingJsonLd(value: unknown, options: { recommended?: boolean } = {}): string[] {
  if (!isObject(value)) return ['a JobPosting must be a JSON object'];
  const problems: string[] = [];
  checkRequired(value, problems);
  checkShapes(value, problems);
  if (options.recommended !== false) checkRecommended(value, problems);
  return problems;
}
