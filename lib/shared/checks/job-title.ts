import type { Language } from '../draft/draft-schema';
import type { CheckContext } from './check-context';
import type { CheckFinding, FindingSource } from './finding';
import { fixAt } from './text-fix';

// A German or French job title must read as open to every gender: German postings add "(m/w/d)" or write the
// title in an inclusive form, French ones add "(H/F)" or write it in an inclusive form. The rule is one of
// law and practice in those two languages; the other languages are not checked (see check-states.ts).

const CHECK = 'job-title';

interface TitleRule {
  /** The marker a title without one gets appended. */
  marker: string;
  /** A title that passes any of these is open to every gender already. */
  accepted: readonly ((title: string) => boolean)[];
  source: FindingSource;
}

// Two forms of one noun in a slash pair ("Entwickler/Entwicklerin", "développeur/développeuse"): the second
// starts like the first.
function isDoublet(title: string): boolean {
  for (const [, first, second] of title.matchAll(/(\p{L}{3,})\s*\/\s*(\p{L}{3,})/gu)) {
    const stem = Math.min(4, first!.length);
    if (first!.slice(0, stem).toLowerCase() === second!.slice(0, stem).toLowerCase()) return true;
  }
  return false;
}

const matches = (pattern: RegExp) => (title: string) => pattern.test(title);
// French feminine endings an inclusive form adds: chargé·e, développeur·se, développeur·euse, directeur·rice.
const FR_ENDING = '(?:e|se|euse|rice|trice|ne|ère|ve|ive|le|fe)s?';

/** The languages with a title rule; what a finding says is in the check messages (`jobTitle.<language>`). */
type TitleLanguage = 'de' | 'fr';

const hasTitleRule = (language: Language): language is TitleLanguage => Object.hasOwn(TITLE_RULES, language);

export const TITLE_RULES: Record<TitleLanguage, TitleRule> = {
  de: {
    marker: '(m/w/d)',
    accepted: [
      // (m/w/d), (w/m/d), (m/f/d), (d/m/w), (m/w/x), (m/w/i) … in any order.
      matches(/\(\s*[mwfdxi]\s*\/\s*[mwfdxi]\s*\/\s*[mwfdxi]\s*\)/iu),
      matches(/\(\s*(?:all genders|alle geschlechter|gn\*?|genderneutral)\s*\)/iu),
      // Entwickler:in, Entwickler*in, Entwickler_in, Entwickler/-in, Entwickler(in) (and the plural -innen).
      matches(/\p{L}(?::|\*|_|\/-?|\(-?)in(?:nen)?\)?(?!\p{L})/u),
      // EntwicklerIn: the capital I inside the word.
      matches(/\p{Ll}In(?:nen)?(?!\p{L})/u),
      isDoublet,
    ],
    source: {
      title: 'Allgemeines Gleichbehandlungsgesetz (AGG), § 11 Ausschreibung',
      url: 'https://www.gesetze-im-internet.de/agg/__11.html',
    },
  },
  fr: {
    marker: '(H/F)',
    accepted: [
      matches(/\(\s*[hfx]\s*\/\s*[hfx](?:\s*\/\s*[hfx])?\s*\)/iu),
      matches(/(?:^|[\s–—-])[HF]\s*\/\s*[HF](?!\p{L})/iu),
      // développeur·se, chargé·e, chargé.e (a dot before other letters is not one: "Node.js").
      matches(new RegExp(`\\p{L}[·•.]${FR_ENDING}(?!\\p{L})`, 'u')),
      // développeur(euse), chargé(e)
      matches(new RegExp(`\\p{L}\\(${FR_ENDING}\\)`, 'u')),
      isDoublet,
    ],
    source: { title: 'Code du travail, article L1142-1' },
  },
};

/** True when `title` is open to every gender by the rule of `language` (or no rule applies there). */
export function titleIsInclusive(language: Language, title: string): boolean {
  return !hasTitleRule(language) || TITLE_RULES[language].accepted.some((accepts) => accepts(title));
}

/** German and French titles without a gender marker or inclusive form, with a fix that appends the marker. */
export function checkJobTitle({ text, draft, messages }: CheckContext): CheckFinding[] {
  const { language } = text;
  const title = draft.job.title;
  if (!hasTitleRule(language) || !title.trim() || titleIsInclusive(language, title)) return [];
  const rule = TITLE_RULES[language];
  // The fix appends to the title's last word, so it still lands if the writer typed before it since.
  const last = /\S+(?=\s*$)/u.exec(title)!;
  const end = last.index + last[0].length;
  const fix = fixAt('job.title', title, last.index, end, `${last[0]} ${rule.marker}`);
  return [
    {
      id: `${CHECK}:gender-marker`,
      check: CHECK,
      severity: 'warning',
      message: messages.t(`jobTitle.${language}`),
      suggestion: messages.t('jobTitle.suggestion', { marker: messages.quote(rule.marker) }),
      details: { why: messages.t(`jobTitle.${language}.why`), sources: [rule.source] },
      field: 'job.title',
      excerpt: title.length > 120 ? `${title.slice(0, 120)}…` : title,
      fix,
      occurrences: [{ field: 'job.title', start: last.index, end, fix }],
    },
  ];
}
