import type { Dismissal, Draft, EmploymentType, Language, PayPeriod, Seniority, Workplace } from './draft-schema';

/**
 * The builder form's shape: what inputs hold (empty strings, blank numbers, list items as objects for
 * react-hook-form's field arrays). `toDraftInput` turns it into a draft for the one draft schema to judge,
 * and `fromDraft` turns a draft back into form values, so nothing the schema accepts is lost either way.
 */
export interface FormValues {
  schemaVersion: 1;
  /** The language the posting is written in; no step edits it yet, so it is carried through unchanged. */
  language?: Language;
  roleId: string;
  template: string;
  job: {
    title: string;
    seniority: Seniority;
    employmentType: EmploymentType;
    workplace: Workplace;
    location: { city: string; region: string; country: string };
    remoteCountries: string[];
    department: string;
    summary: string;
  };
  company: { name: string; about: string; website: string; logoUrl: string; accentColor: string };
  skills: { id: string; name?: string; level: 'required' | 'preferred'; years?: number | null }[];
  responsibilities: { text: string }[];
  compensation: { currency: string; min: number | null; max: number | null; period: PayPeriod };
  /** Requirements that are not skills (a degree, leading a team). */
  qualifications: { text: string }[];
  benefits: { text: string }[];
  apply: { url: string; email: string; closingDate: string };
  /** Check findings the author chose to keep; not edited by a step, carried through unchanged. */
  dismissed: Dismissal[];
}

export const emptyFormValues = (): FormValues => ({
  schemaVersion: 1,
  roleId: 'back-end-developer',
  template: 'classic',
  job: {
    title: 'Back End Developer',
    seniority: 'mid',
    employmentType: 'FULL_TIME',
    workplace: 'hybrid',
    location: { city: '', region: '', country: '' },
    remoteCountries: [],
    department: '',
    summary: '',
  },
  company: { name: '', about: '', website: '', logoUrl: '', accentColor: '' },
  skills: [],
  responsibilities: [],
  compensation: { currency: 'USD', min: null, max: null, period: 'YEAR' },
  qualifications: [],
  benefits: [],
  apply: { url: '', email: '', closingDate: '' },
  dismissed: [],
});

const present = (value: string | undefined) => (value !== undefined && value.trim() !== '' ? value : undefined);
const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);

function withoutUndefined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

/** Form values → a draft candidate (not yet validated): blanks become absent, list items become strings. */
export function toDraftInput(values: FormValues): unknown {
  const { job, company, compensation, apply } = values;
  const location = withoutUndefined({
    city: present(job.location.city),
    region: present(job.location.region),
    country: present(job.location.country),
  });
  const hasLocation = Object.keys(location).length > 0;
  const hasPay = compensation.min !== null || compensation.max !== null;
  return withoutUndefined({
    schemaVersion: values.schemaVersion,
    language: values.language,
    roleId: values.roleId,
    template: values.template,
    job: withoutUndefined({
      title: job.title,
      seniority: job.seniority,
      employmentType: job.employmentType,
      workplace: job.workplace,
      // A country is what a location needs; a half-filled one is passed on so the schema can say what is missing.
      location: hasLocation ? location : undefined,
      remoteCountries: job.remoteCountries.length ? job.remoteCountries : undefined,
      department: present(job.department),
      summary: present(job.summary),
    }),
    company: withoutUndefined({
      name: company.name,
      about: present(company.about),
      website: present(company.website),
      logoUrl: present(company.logoUrl),
      accentColor: present(company.accentColor),
    }),
    skills: values.skills.map((skill) =>
      withoutUndefined({
        id: skill.id,
        name: skill.id.startsWith('custom:') ? skill.name : undefined,
        level: skill.level,
        years: isNumber(skill.years) ? skill.years : undefined,
      }),
    ),
    responsibilities: values.responsibilities.map((item) => item.text),
    compensation: hasPay
      ? {
          currency: compensation.currency,
          min: compensation.min ?? NaN,
          max: compensation.max ?? NaN,
          period: compensation.period,
        }
      : undefined,
    // Values autosaved before qualifications existed have none.
    qualifications: values.qualifications?.length ? values.qualifications.map((item) => item.text) : undefined,
    benefits: values.benefits.map((item) => item.text),
    apply: withoutUndefined({
      url: present(apply.url),
      email: present(apply.email),
      closingDate: present(apply.closingDate),
    }),
    // Values autosaved before dismissals existed have none.
    dismissed: values.dismissed?.length ? values.dismissed : undefined,
  });
}

/** A draft (stored, shared or restored) → form values. */
export function fromDraft(draft: Draft): FormValues {
  const empty = emptyFormValues();
  return {
    schemaVersion: 1,
    ...(draft.language !== undefined ? { language: draft.language } : {}),
    roleId: draft.roleId,
    template: draft.template,
    job: {
      title: draft.job.title,
      seniority: draft.job.seniority,
      employmentType: draft.job.employmentType,
      workplace: draft.job.workplace,
      location: {
        city: draft.job.location?.city ?? '',
        region: draft.job.location?.region ?? '',
        country: draft.job.location?.country ?? '',
      },
      remoteCountries: draft.job.remoteCountries ?? [],
      department: draft.job.department ?? '',
      summary: draft.job.summary ?? '',
    },
    company: {
      name: draft.company.name,
      about: draft.company.about ?? '',
      website: draft.company.website ?? '',
      logoUrl: draft.company.logoUrl ?? '',
      accentColor: draft.company.accentColor ?? '',
    },
    skills: draft.skills.map((s) => ({
      id: s.id,
      ...(s.name !== undefined ? { name: s.name } : {}),
      level: s.level,
      years: s.years ?? null,
    })),
    responsibilities: draft.responsibilities.map((text) => ({ text })),
    compensation: draft.compensation ? { ...draft.compensation } : empty.compensation,
    qualifications: (draft.qualifications ?? []).map((text) => ({ text })),
    benefits: draft.benefits.map((text) => ({ text })),
    apply: { url: draft.apply.url ?? '', email: draft.apply.email ?? '', closingDate: draft.apply.closingDate ?? '' },
    dismissed: draft.dismissed ?? [],
  };
}

/** A draft error path → the form field that shows it (`responsibilities.2` is the item's `text` input). */
export function formFieldFor(path: string): string {
  const list = /^(responsibilities|qualifications|benefits)\.(\d+)$/.exec(path);
  if (list) return `${list[1]}.${list[2]}.text`;
  if (path === 'job.location') return 'job.location.country';
  if (path === 'compensation') return 'compensation.min';
  return path;
}
