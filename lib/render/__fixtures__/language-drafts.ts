import type { Draft, Language } from '../../draft/draft-schema';

// One full posting per non-English language, its user text written in that language too, so a render of it
// should carry no English at all but product names among the catalog's skill names (the rest follow the
// draft's language: content/roles/i18n) and the employer's own addresses. Each exercises a different workplace, currency and pay period.

const base = { schemaVersion: 1, roleId: 'back-end-developer', template: 'classic' } as const;

const skills: Draft['skills'] = [
  { id: 'apis', level: 'required', years: 4 },
  { id: 'postgresql', level: 'required', years: 1 },
  { id: 'sql', level: 'required' },
  { id: 'javascript', level: 'preferred', years: 3 },
  { id: 'unit-testing', level: 'preferred' },
  { id: 'custom:kafka', name: 'Kafka', level: 'preferred' },
];

export const germanDraft: Draft = {
  ...base,
  language: 'de',
  job: {
    title: 'Senior Backend-Entwickler:in',
    seniority: 'senior',
    employmentType: 'FULL_TIME',
    workplace: 'hybrid',
    location: { city: 'Berlin', country: 'DE' },
    department: 'Plattform',
    summary: 'Wir bauen die Dienste hinter unseren Dashboards. Du arbeitest in einem Team aus sechs Menschen.',
  },
  company: {
    name: 'Datenwerk GmbH',
    about: 'Wir sind ein Analyseunternehmen aus Berlin mit 60 Beschäftigten.',
    website: 'https://datenwerk.example',
  },
  skills,
  qualifications: ['Ein Studium der Informatik oder vergleichbare Erfahrung.'],
  responsibilities: ['Schnittstellen entwerfen, bauen und pflegen.', 'Datenmodelle in PostgreSQL entwickeln.'],
  compensation: { currency: 'EUR', min: 70000, max: 90000, period: 'YEAR' },
  benefits: ['30 Urlaubstage', 'Zuschuss zum Deutschlandticket'],
  apply: {
    url: 'https://datenwerk.example/stellen/42',
    email: 'karriere@datenwerk.example',
    closingDate: '2027-02-28',
  },
};

export const frenchDraft: Draft = {
  ...base,
  language: 'fr',
  job: {
    title: 'Développeur·se back-end confirmé·e',
    seniority: 'mid',
    employmentType: 'PART_TIME',
    workplace: 'onsite',
    location: { city: 'Lyon', country: 'FR' },
    department: 'Plateforme',
    summary: 'Vous concevez les services qui alimentent nos tableaux de bord, dans une équipe de six personnes.',
  },
  company: {
    name: 'Données & Cie',
    about: 'Nous sommes une société lyonnaise d’analyse de données fondée en 2017.',
    website: 'https://donnees.example',
  },
  skills,
  qualifications: ['Un diplôme d’informatique ou une expérience équivalente.'],
  responsibilities: [
    'Concevoir et maintenir nos interfaces de programmation.',
    'Modéliser les données dans PostgreSQL.',
  ],
  compensation: { currency: 'EUR', min: 3500, max: 4200, period: 'MONTH' },
  benefits: ['Tickets restaurant', 'Mutuelle prise en charge à 100\u00a0%'],
  apply: { url: 'https://donnees.example/offres/7', email: 'recrutement@donnees.example', closingDate: '2027-03-15' },
};

export const spanishDraft: Draft = {
  ...base,
  language: 'es',
  job: {
    title: 'Desarrollador/a back-end sénior',
    seniority: 'senior',
    employmentType: 'CONTRACTOR',
    workplace: 'remote',
    remoteCountries: ['ES', 'PT', 'MX'],
    department: 'Plataforma',
    summary: 'Diseñarás los servicios que hay detrás de nuestros paneles, en un equipo de seis personas.',
  },
  company: {
    name: 'Datos Claros S.L.',
    about: 'Somos una empresa de análisis de datos con sede en Madrid.',
    website: 'https://datosclaros.example',
  },
  skills,
  qualifications: ['Titulación en informática o experiencia equivalente.'],
  responsibilities: ['Diseñar y mantener nuestras interfaces de programación.', 'Modelar datos en PostgreSQL.'],
  compensation: { currency: 'EUR', min: 45, max: 60, period: 'HOUR' },
  benefits: ['Horario flexible', 'Formación pagada'],
  apply: {
    url: 'https://datosclaros.example/empleo/3',
    email: 'empleo@datosclaros.example',
    closingDate: '2027-01-31',
  },
};

export const dutchDraft: Draft = {
  ...base,
  language: 'nl',
  job: {
    title: 'Medior backendontwikkelaar',
    seniority: 'mid',
    employmentType: 'TEMPORARY',
    workplace: 'hybrid',
    location: { city: 'Utrecht', country: 'NL' },
    department: 'Platformteam',
    summary: 'Je bouwt de diensten achter onze dashboards, samen met zes collega’s.',
  },
  company: {
    name: 'Datahuis B.V.',
    about: 'Wij zijn een databedrijf uit Utrecht met zestig medewerkers.',
    website: 'https://datahuis.example',
  },
  skills,
  qualifications: ['Een hbo- of wo-opleiding informatica of vergelijkbare ervaring.'],
  responsibilities: ['Koppelingen ontwerpen, bouwen en onderhouden.', 'Gegevens modelleren in PostgreSQL.'],
  compensation: { currency: 'EUR', min: 4000, max: 5200, period: 'MONTH' },
  benefits: ['Dertig vakantiedagen', 'Een ov-kaart van de zaak'],
  apply: {
    url: 'https://datahuis.example/vacatures/9',
    email: 'vacatures@datahuis.example',
    closingDate: '2027-04-01',
  },
};

export const LANGUAGE_DRAFTS: Record<Exclude<Language, 'en'>, Draft> = {
  de: germanDraft,
  fr: frenchDraft,
  es: spanishDraft,
  nl: dutchDraft,
};
