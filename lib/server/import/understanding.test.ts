import { describe, expect, it } from 'vitest';
import { getRoleCatalog } from '../../shared/catalog';
import { draftSchema } from '../../shared/draft/draft-schema';
import { classifyHeading } from './classify-heading';
import { detectLanguage } from './detect-language';
import { findClosingDate } from './find-apply';
import { findPay } from './find-pay';
import { findSkillMentions, yearsIn } from './find-skills';
import { importBlocks } from './import-posting';
import { companyFromText } from './job-facts';
import { markdownBlocks } from './read/markdown-blocks';
import { textBlocks } from './read/text-blocks';

const catalog = getRoleCatalog('back-end-developer')!;
const ids = (line: string) => findSkillMentions(line, catalog).map((m) => m.id);
const importText = (text: string) => importBlocks(textBlocks(text));
const importMarkdown = (text: string) => importBlocks(markdownBlocks(text));

describe('headings as people write them', () => {
  it.each([
    ["What you'll do", 'responsibilities'],
    ['Your mission', 'responsibilities'],
    ['What we look for', 'requirements'],
    ['Who you are:', 'requirements'],
    ['Nice to have', 'preferred'],
    ['Bonus points', 'preferred'],
    ['Perks', 'benefits'],
    ['Why you’ll love it', 'benefits'],
    ['As a member of our Team you will receive:', 'benefits'],
    ['Deine Aufgaben', 'responsibilities'],
    ['Das bringst du mit', 'requirements'],
    ['Ton profil', 'requirements'],
    ['Tes missions', 'responsibilities'],
    ['Lo que ofrecemos', 'benefits'],
    ['Requisitos', 'requirements'],
    ['Wat bieden wij', 'benefits'],
    ['Jouw taken', 'responsibilities'],
    ['Senior Backend Engineer', null],
  ])('%s → %s', (heading, section) => {
    expect(classifyHeading(heading)).toBe(section);
  });
});

describe('catalog skills by name and alias, whole words only', () => {
  it('tells Java from JavaScript, REST from rest, and finds aliases', () => {
    expect(ids('Java and Spring')).toEqual([]);
    expect(ids('Node.js, and some JavaScript')).toEqual(['javascript', 'javascript']);
    expect(ids('the rest of the team')).toEqual([]);
    expect(ids('RESTful APIs over HTTP')).toEqual(['rest', 'apis']);
    expect(ids('Postgres or MySQL')).toEqual(['postgresql', 'sql']);
    expect(ids('C# and .NET Core')).toEqual(['asp-net', 'asp-net-core']);
    expect(ids('Go, C and C++')).toEqual([]);
  });

  it('reads the years stated next to a skill, not a range it is typical of', () => {
    expect(yearsIn('5+ years of PostgreSQL')).toBe(5);
    expect(yearsIn('PostgreSQL (4+ years)')).toBe(4);
    expect(yearsIn('SQL (typically 4–5 years)')).toBeUndefined();
    const { draft } = importText('Requirements:\n- 5+ years of PostgreSQL\n- React (3+ years)\nNice to have:\n- Kafka');
    expect(draft.skills).toEqual([
      { id: 'postgresql', level: 'required', years: 5 },
      { id: 'react', level: 'required', years: 3 },
      { id: 'custom:kafka', name: 'Kafka', level: 'preferred' },
    ]);
  });
});

describe('pay', () => {
  it.each([
    ['$140,000–$170,000', { currency: 'USD', min: 140000, max: 170000, period: 'YEAR' }],
    ['€70k – €90k per year', { currency: 'EUR', min: 70000, max: 90000, period: 'YEAR' }],
    ['$65/hr', { currency: 'USD', min: 65, max: 65, period: 'HOUR' }],
    ['USD 120,000 - 150,000', { currency: 'USD', min: 120000, max: 150000, period: 'YEAR' }],
    ['$145,000/year - $165,000/year', { currency: 'USD', min: 145000, max: 165000, period: 'YEAR' }],
    ['between $150,000 and $180,000', { currency: 'USD', min: 150000, max: 180000, period: 'YEAR' }],
    ['4.500 € – 5.500 € pro Monat', { currency: 'EUR', min: 4500, max: 5500, period: 'MONTH' }],
  ])('%s', (line, compensation) => {
    expect(findPay(line)?.compensation).toEqual(compensation);
  });

  it('is not a company’s turnover or a number without a currency', () => {
    expect(findPay('We process over $100 billion annually')).toBeNull();
    expect(findPay('420000.0')).toBeNull();
  });
});

describe('the rest of the facts', () => {
  it('finds the closing date and the language', () => {
    expect(findClosingDate('Applications close on December 31, 2026.')).toBe('2026-12-31');
    expect(findClosingDate('Bewerbungsschluss: 31.01.2027')).toBe('2027-01-31');
    const languageOf = {
      de: 'Wir suchen eine Entwicklerin, die mit uns und unserem Team die Plattform baut',
      fr: 'Nous cherchons une personne pour rejoindre notre équipe et vous',
      es: 'Buscamos una persona con experiencia en el desarrollo de APIs para nuestro equipo',
      nl: 'Wij zoeken een ontwikkelaar met ervaring voor ons team in het',
    };
    for (const [language, text] of Object.entries(languageOf)) expect(detectLanguage(text), text).toBe(language);
  });

  it('reads title, company, place, workplace, seniority, employment type, apply address from the text', () => {
    const { draft, missing } = importMarkdown(
      '# Senior Backend Engineer\n### Acme\n#### Berlin, Germany\n\nA full-time, hybrid role.\n\n## How to apply\n\nSend your CV to jobs@acme.example',
    );
    expect(draft.job).toMatchObject({
      title: 'Senior Backend Engineer',
      seniority: 'senior',
      employmentType: 'FULL_TIME',
      workplace: 'hybrid',
      location: { city: 'Berlin', country: 'DE' },
    });
    expect(draft.company).toMatchObject({ name: 'Acme' });
    expect(draft.apply).toEqual({ email: 'jobs@acme.example' });
    expect(missing).toEqual([]);
  });
});

describe('the company named in the text', () => {
  it('is the name the posting gives itself twice, never a guess', () => {
    expect(companyFromText('The work we do here at Banjo. If that sounds like you, Banjo might be a fit.')).toBe(
      'Banjo',
    );
    expect(companyFromText('Join Acme once.')).toBeUndefined();
    expect(companyFromText('The team is great. The team is small.')).toBeUndefined();
  });
});

describe('pasted plain text', () => {
  it('reads Markdown heading marks and bold as structure, bullets of any kind as items', () => {
    const { draft } = importText(
      '## Senior Backend Engineer\n**What you will do**\n• Build APIs\n◦ Run them\n1) Keep them fast',
    );
    expect((draft.job as { title: string }).title).toBe('Senior Backend Engineer');
    expect(draft.responsibilities).toEqual(['Build APIs', 'Run them', 'Keep them fast']);
  });
});

describe('sections without headings', () => {
  it('places lines by what they say', () => {
    const { draft } = importText(
      [
        'Backend Developer',
        '• You will design and build our payment APIs.',
        '• 5+ years of experience running services in production.',
        '• We offer 30 days of paid vacation.',
      ].join('\n'),
    );
    expect(draft.responsibilities).toEqual(['You will design and build our payment APIs.']);
    expect(draft.qualifications).toEqual(['5+ years of experience running services in production.']);
    expect(draft.benefits).toEqual(['We offer 30 days of paid vacation.']);
  });
});

describe('nothing lost, within the limits', () => {
  it('keeps 25 responsibilities and puts the rest and the over-long under unplaced, with a warning', () => {
    const items = Array.from({ length: 27 }, (_, i) => `- Build service number ${i + 1}`);
    const long = `- Build ${'a very long sentence '.repeat(20)}`;
    const result = importMarkdown(`# Backend Developer\n\n## Responsibilities\n\n${[...items, long].join('\n')}`);
    const draft = result.draft as { responsibilities: string[] };
    expect(draft.responsibilities).toHaveLength(25);
    expect(result.unplaced).toEqual(['Build service number 26', 'Build service number 27', long.slice(2).trim()]);
    expect(result.warnings).toHaveLength(2);
    const parsed = draftSchema.safeParse(result.draft);
    const failing = parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
    expect(failing.filter((path) => path.startsWith('responsibilities'))).toEqual([]);
  });

  it('keeps user text as text: Liquid and markup literal', () => {
    const { draft } = importMarkdown(
      '# Dev\n\n## Responsibilities\n\n- Render {{ posting }} with {% raw %} and <b>tags</b>',
    );
    expect((draft as { responsibilities: string[] }).responsibilities).toEqual([
      'Render {{ posting }} with {% raw %} and tags',
    ]);
  });
});
