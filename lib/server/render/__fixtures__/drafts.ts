import type { Draft } from '../../../shared/draft/draft-schema';
import { exampleDraft, minimalDraft } from '../../../shared/draft/example-draft';

// Drafts the render tests run every template and format over. All of them pass validateDraft.

export const remoteDraft: Draft = {
  ...exampleDraft,
  job: {
    ...exampleDraft.job,
    title: 'Back End Developer (Remote)',
    workplace: 'remote',
    location: undefined,
    remoteCountries: ['US', 'CA', 'MX'],
  },
  compensation: { currency: 'USD', min: 60, max: 75, period: 'HOUR' },
  apply: { url: 'https://acme.example/jobs/43' },
};

export const unicodeDraft: Draft = {
  ...exampleDraft,
  template: 'conversational',
  job: {
    ...exampleDraft.job,
    title: 'Développeur back-end für Zürich – Łódź 🚀',
    workplace: 'onsite',
    location: { city: 'Łódź', region: 'Łódzkie', country: 'PL' },
    department: 'Plattform & Daten 中文',
    summary:
      'Zoë and Łukasz build the APIs.\nAmélie runs the data team; budgets in € and £.\n\nSecond paragraph: 中文 😀.',
  },
  company: {
    name: 'Société Générale Łódź',
    about: 'Ünïcödé everywhere: é ü ł € £ 中文 🚀',
    website: 'https://société.example',
  },
  skills: [
    { id: 'postgresql', level: 'required', years: 2 },
    { id: 'custom:rust', name: 'Rüst & Zig', level: 'preferred' },
  ],
  responsibilities: ['Écrire des services — fiables', 'Mentor für Junior-Entwickler:innen'],
  compensation: { currency: 'EUR', min: 70000, max: 90000, period: 'YEAR' },
  benefits: ['Budget: £1,000 for books', '30 Urlaubstage'],
  apply: { email: 'jobs@acme.example', closingDate: '2027-02-28' },
};

const longSentence =
  'Design, build and maintain dependable services for our customers, and write the documentation that helps the next person understand why they work the way they do.';

export const longDraft: Draft = {
  ...exampleDraft,
  job: { ...exampleDraft.job, summary: Array.from({ length: 11 }, () => longSentence).join(' ') },
  responsibilities: Array.from({ length: 25 }, (_, i) => `${i + 1}: ${longSentence}`.slice(0, 300)),
  benefits: Array.from(
    { length: 30 },
    (_, i) => `Benefit number ${i + 1}: a generous and clearly explained perk for everyone`,
  ),
};

/** The example with requirements that are not skills (the draft's optional `qualifications`). */
export const qualifiedDraft: Draft = {
  ...exampleDraft,
  qualifications: [
    'A degree in computer science or equivalent experience.',
    'Able to join the on-call rotation one week in six.',
  ],
};

export const SAMPLE_DRAFTS: Record<string, Draft> = {
  minimal: minimalDraft,
  example: exampleDraft,
  qualified: qualifiedDraft,
  remote: remoteDraft,
  unicode: unicodeDraft,
  long: longDraft,
};

/**
 * Puts `text` into every free-text field of the example draft, cut to each field's limit and then passed
 * through `shape` (placeholderFor builds the harmless twin of a hostile draft).
 */
export function draftWithText(
  text: string,
  shape: (text: string) => string = (t) => t,
  base: Draft = exampleDraft,
): Draft {
  const fit = (max: number) => shape(text.length <= max ? text : text.slice(0, max));
  return {
    ...base,
    job: {
      ...base.job,
      title: fit(120),
      department: fit(100),
      summary: fit(2000),
      location: { city: fit(100), region: fit(100), country: 'US' },
    },
    company: { ...base.company, name: fit(120), about: fit(3000) },
    skills: [...base.skills, { id: 'custom:typed', name: fit(60), level: 'required' }],
    responsibilities: [fit(300), ...base.responsibilities],
    benefits: [fit(200), ...base.benefits],
  };
}

/** Harmless text with the same line and paragraph shape, so a draft built from it must have the same structure. */
export function placeholderFor(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : 'Placeholder'))
    .join('\n');
}
