import {
  EMPLOYMENT_TYPES,
  LANGUAGES,
  PAY_PERIODS,
  SENIORITIES,
  WORKPLACES,
  type Draft,
  type DraftSkill,
} from '../draft/draft-schema';
import { emptyFormValues, fromDraft, type FormValues } from '../draft/form-values';

// The reviewed import → the builder's form values. The imported draft lacks what the importer could not
// find (its `missing`), so it is not a Draft yet: each part is taken when it has the draft's shape, and
// the builder's own starting value stands in for the rest. What is missing stays empty (no made-up title,
// company or application link), so the builder asks for it.

type Loose = Record<string, unknown>;

const record = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T =>
  options.find((option) => option === value) ?? fallback;
const number = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function skills(value: unknown): DraftSkill[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const skill = record(item);
    const id = text(skill.id);
    if (!id) return [];
    const name = text(skill.name);
    const years = number(skill.years);
    return [
      {
        id,
        level: oneOf(['required', 'preferred'] as const, skill.level, 'required'),
        ...(name !== undefined ? { name } : {}),
        ...(years !== undefined ? { years } : {}),
      },
    ];
  });
}

function compensation(value: unknown): Draft['compensation'] {
  const pay = record(value);
  const min = number(pay.min);
  const max = number(pay.max);
  if (min === undefined && max === undefined) return undefined;
  return {
    currency: text(pay.currency) ?? emptyFormValues().compensation.currency,
    min: min ?? max!,
    max: max ?? min!,
    period: oneOf(PAY_PERIODS, pay.period, 'YEAR'),
  };
}

/** The imported (and reviewed) draft as the builder's form values; nothing the draft holds is dropped. */
export function importedFormValues(imported: Loose): FormValues {
  const empty = emptyFormValues();
  const job = record(imported.job);
  const location = record(job.location);
  const company = record(imported.company);
  const apply = record(imported.apply);
  const language = LANGUAGES.find((code) => code === imported.language);
  const qualifications = texts(imported.qualifications);
  const draft: Draft = {
    schemaVersion: 1,
    ...(language ? { language } : {}),
    roleId: text(imported.roleId) ?? empty.roleId,
    template: text(imported.template) ?? empty.template,
    job: {
      title: text(job.title) ?? '',
      seniority: oneOf(SENIORITIES, job.seniority, empty.job.seniority),
      employmentType: oneOf(EMPLOYMENT_TYPES, job.employmentType, empty.job.employmentType),
      workplace: oneOf(WORKPLACES, job.workplace, empty.job.workplace),
      location: {
        city: text(location.city),
        region: text(location.region),
        country: text(location.country) ?? '',
      },
      remoteCountries: texts(job.remoteCountries),
      department: text(job.department),
      summary: text(job.summary),
    },
    company: { name: text(company.name) ?? '', about: text(company.about), website: text(company.website) },
    skills: skills(imported.skills),
    responsibilities: texts(imported.responsibilities),
    compensation: compensation(imported.compensation),
    ...(qualifications.length ? { qualifications } : {}),
    benefits: texts(imported.benefits),
    apply: { url: text(apply.url), email: text(apply.email), closingDate: text(apply.closingDate) },
  };
  return fromDraft(draft);
}
