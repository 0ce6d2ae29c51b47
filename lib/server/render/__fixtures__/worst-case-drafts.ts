import type { Draft } from '../../../shared/draft/draft-schema';
import { exampleDraft } from '../../../shared/draft/example-draft';

// Valid drafts with every field at its limit, each packed with what costs the PDF layout most. The tests and
// the bench render them; all pass validateDraft (the tests check that).

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const longUrl = (path: string) => `https://acme.example/${fill(path, 2000 - 'https://acme.example/'.length)}`;

/** Every limit at its maximum: 40 skills, 25 responsibilities, 30 benefits, 60 countries, longest texts. */
function maxedDraft(block: (max: number) => string, line: (max: number) => string): Draft {
  return {
    ...exampleDraft,
    job: {
      ...exampleDraft.job,
      title: line(120),
      department: line(100),
      summary: block(2000),
      location: { city: line(100), region: line(100), country: 'US' },
    },
    company: { name: line(120), about: block(3000), website: longUrl('w') },
    skills: Array.from({ length: 40 }, (_, i) => ({
      id: `custom:skill-${i}`,
      name: line(60),
      level: i % 2 === 0 ? ('required' as const) : ('preferred' as const),
      years: 30,
    })),
    responsibilities: Array.from({ length: 25 }, () => line(300)),
    compensation: { currency: 'USD', min: 999_999_999, max: 1_000_000_000, period: 'YEAR' },
    benefits: Array.from({ length: 30 }, () => line(200)),
    apply: { url: longUrl('a'), email: 'jobs@acme.example', closingDate: '2027-12-31' },
  };
}

/** The slowest found: one character per line in summary and about (issue 10: ~5 s on the request thread). */
export const lineBreaksDraft = maxedDraft(
  (max) => fill('a\n', max).trim(),
  (max) => fill('ab ', max).trim(),
);

export const WORST_CASE_PDF_DRAFTS: Record<string, Draft> = {
  lineBreaks: lineBreaksDraft,
  blankLines: maxedDraft(
    (max) => fill('a\n\n', max).trim(),
    (max) => fill('ab ', max).trim(),
  ),
  longWords: maxedDraft(
    (max) => fill('x', max),
    (max) => fill('y', max),
  ),
  shortWords: maxedDraft(
    (max) => fill('a ', max).trim(),
    (max) => fill('a ', max).trim(),
  ),
  prose: maxedDraft(
    (max) => fill('Design and run dependable services. ', max).trim(),
    (max) => fill('Design and run dependable services ', max).trim(),
  ),
  unicode: maxedDraft(
    (max) => fill('中文😀é\n', max).trim(),
    (max) => fill('中文😀é ', max).trim(),
  ),
};
