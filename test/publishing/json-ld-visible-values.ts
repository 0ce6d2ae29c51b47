// Test support: for each value of a JobPosting's JSON-LD, the words a reader sees for it on the page.
// Google requires every marked-up value to be visible; the tests check each of these appears in the page's
// visible text. An unknown key throws, so a property added to the JSON-LD cannot slip past unchecked.
import { countryName, formatLongDate } from '../../lib/server/render/intl-format';
import { EMPLOYMENT_TYPE_LABELS, PAY_PERIOD_LABELS } from '../../lib/server/render/labels';
import type { EmploymentType, PayPeriod } from '../../lib/shared/draft/draft-schema';

export interface VisibleValue {
  path: string;
  /** The page shows it when any one of these matches its visible text. */
  anyOf: (string | RegExp)[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** One pass, so `&#x26;amp;` (the text "&amp;" as typed) decodes to "&amp;", not "&". */
const decodeEntities = (html: string) =>
  html.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return NAMED[name!.toLowerCase()] ?? whole;
  });

/** The text runs of an HTML fragment, each as it reads (tags are boundaries). */
export function htmlTextRuns(html: string): string[] {
  return html
    .split(/<[^>]*>/)
    .map((run) => collapse(decodeEntities(run)))
    .filter((run) => run !== '');
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** 140000 → /140[,.  ']?000/: grouped however the job's locale groups digits. */
const amount = (value: number) => new RegExp(String(value).replace(/\B(?=(\d{3})+(?!\d))/g, "[,.\\s\\u00a0\\u202f']?"));

// Vocabulary, not content; inLanguage names the language the page is written in, which no sentence states.
const SKIPPED = new Set(['@context', '@type', 'inLanguage']);

export function visibleValues(jsonLd: Record<string, unknown>): VisibleValue[] {
  const out: VisibleValue[] = [];
  const walk = (value: unknown, path: string) => {
    const key = path
      .split('.')
      .at(-1)!
      .replace(/\[\d+\]$/, '');
    if (SKIPPED.has(key)) return;
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}[${i}]`));
    if (value !== null && typeof value === 'object') {
      for (const [child, inner] of Object.entries(value)) walk(inner, path ? `${path}.${child}` : child);
      return;
    }
    out.push({ path, anyOf: formsOf(key, value, path) });
  };
  walk(jsonLd, '');
  return out;
}

function formsOf(key: string, value: unknown, path: string): (string | RegExp)[] {
  switch (key) {
    case 'title':
    case 'name':
    case 'sameAs':
    case 'url':
    case 'addressLocality':
    case 'addressRegion':
    case 'currency':
    case 'skills':
      return [collapse(String(value))];
    case 'qualifications': {
      // One qualification a line: the page must show every one of them.
      const lines = String(value)
        .split('\n')
        .map((line) => collapse(line).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return [new RegExp(lines.map((line) => `(?=[\\s\\S]*${line})`).join(''))];
    }
    case 'description':
      throw new Error('description is checked run by run: use htmlTextRuns');
    case 'datePosted':
      return [formatLongDate(String(value))];
    case 'validThrough':
      return [formatLongDate(String(value).slice(0, 10))];
    case 'employmentType':
      return [EMPLOYMENT_TYPE_LABELS[value as EmploymentType]];
    case 'addressCountry':
      return [countryName(String(value))];
    case 'jobLocationType':
      return value === 'TELECOMMUTE' ? ['Remote'] : [String(value)];
    case 'minValue':
    case 'maxValue':
    case 'value':
      return [amount(Number(value))];
    case 'unitText':
      return [PAY_PERIOD_LABELS[value as PayPeriod]];
    case 'monthsOfExperience': {
      const years = Number(value) / 12;
      return [`${years} ${years === 1 ? 'year' : 'years'}`];
    }
    case 'directApply':
      // Not applying on this page: the page says where candidates apply instead.
      return value === false ? ['On the employer’s own site', 'By email to the employer'] : ['Apply'];
    default:
      throw new Error(`No visible form known for JSON-LD ${path}: teach test/publishing/json-ld-visible-values.ts`);
  }
}

/** The values (and description runs) of the JSON-LD that the visible text does not show. */
export function valuesMissingFrom(visibleText: string, jsonLd: Record<string, unknown>): string[] {
  const text = collapse(visibleText);
  const { description, ...rest } = jsonLd;
  const missing = visibleValues(rest)
    .filter(({ anyOf }) => !anyOf.some((form) => (typeof form === 'string' ? text.includes(form) : form.test(text))))
    .map(({ path, anyOf }) => `${path}: ${anyOf.join(' | ')}`);
  for (const run of htmlTextRuns(String(description ?? ''))) {
    if (!text.includes(run)) missing.push(`description: ${run}`);
  }
  return missing;
}
