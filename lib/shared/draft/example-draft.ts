import type { Draft } from './draft-schema';

/** The full example draft of the draft-format spec, filled in: used by tests, benchmarks and the demo. */
export const exampleDraft: Draft = {
  schemaVersion: 1,
  roleId: 'back-end-developer',
  template: 'classic',
  job: {
    title: 'Senior Back End Developer',
    seniority: 'senior',
    employmentType: 'FULL_TIME',
    workplace: 'hybrid',
    location: { city: 'Austin', region: 'TX', country: 'US' },
    remoteCountries: ['US', 'CA'],
    department: 'Platform',
    summary:
      'Acme Analytics turns messy operational data into dashboards that small logistics teams rely on every morning. ' +
      'You will design and run the services behind those dashboards, working with a team of six engineers and a product manager.',
  },
  company: {
    name: 'Acme Analytics',
    about:
      'We are a 60-person analytics company founded in 2017. Our customers are regional carriers and warehouses, ' +
      'and we care about clear code, calm on-call rotations and shipping in small steps.',
    website: 'https://acme.example',
  },
  skills: [
    { id: 'apis', level: 'required', years: 4 },
    { id: 'postgresql', level: 'required', years: 4 },
    { id: 'sql', level: 'required' },
    { id: 'rest', level: 'required' },
    { id: 'javascript', level: 'preferred', years: 3 },
    { id: 'unit-testing', level: 'preferred' },
    { id: 'custom:kafka', name: 'Kafka', level: 'preferred' },
  ],
  responsibilities: [
    'Design, build and maintain the REST APIs that power our customer dashboards.',
    'Model data in PostgreSQL and write queries that stay fast as customers grow.',
    'Review pull requests and help teammates ship small, well-tested changes.',
    'Take part in a calm, well-documented on-call rotation (one week in six).',
  ],
  compensation: { currency: 'USD', min: 140000, max: 170000, period: 'YEAR' },
  benefits: ['Health, dental and vision insurance', '25 days of paid vacation', '401(k) with 4% match'],
  apply: { url: 'https://acme.example/jobs/42', email: 'jobs@acme.example', closingDate: '2026-12-31' },
};

/** The smallest draft the schema accepts. */
export const minimalDraft: Draft = {
  schemaVersion: 1,
  roleId: 'back-end-developer',
  template: 'classic',
  job: { title: 'Back End Developer', seniority: 'mid', employmentType: 'FULL_TIME', workplace: 'remote' },
  company: { name: 'Acme' },
  skills: [],
  responsibilities: [],
  benefits: [],
  apply: { email: 'jobs@acme.example' },
};
