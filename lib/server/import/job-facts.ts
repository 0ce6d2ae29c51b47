import { listCountries } from '../../shared/draft/countries';
import type { EmploymentType, Seniority, Workplace } from '../../shared/draft/draft-schema';

// The facts of a job that postings state in a word or two, wherever they state them: seniority (mostly in
// the title), employment type, workplace, and the place.

const SENIORITY: [Seniority, RegExp][] = [
  ['principal', /\b(?:principal|distinguished)\b/i],
  ['lead', /\b(?:lead|staff|head of|tech lead|team lead|leitend|chef d'équipe)\b/i],
  ['senior', /\b(?:senior|sr\.?)(?![\p{L}])/iu],
  ['junior', /\b(?:junior|jr\.?|entry[- ]level|graduate|intern(?:ship)?|einsteiger|débutant)\b/i],
  ['mid', /\b(?:mid[- ]?level|intermediate|mid|medior|confirmé)\b/i],
];

export function seniorityOf(text: string): Seniority | undefined {
  return SENIORITY.find(([, pattern]) => pattern.test(text))?.[0];
}

const EMPLOYMENT: [EmploymentType, RegExp][] = [
  ['INTERN', /\b(?:intern(?:ship)?|praktikum|stage|prácticas|stagiair)\b/i],
  ['PART_TIME', /\b(?:part[- ]time|teilzeit|temps partiel|media jornada|deeltijd)\b/i],
  ['CONTRACTOR', /\b(?:contract(?:or)?(?: role| position)?|freelance|freelancer|b2b)\b(?![- ]to[- ]hire)/i],
  ['TEMPORARY', /\b(?:temporary|fixed[- ]term|befristet|cdd|temporal)\b/i],
  ['FULL_TIME', /\b(?:full[- ]time|vollzeit|temps plein|cdi|jornada completa|tiempo completo|voltijd|fulltime)\b/i],
];

export function employmentTypeOf(text: string): EmploymentType | undefined {
  return EMPLOYMENT.find(([, pattern]) => pattern.test(text))?.[0];
}

export function workplaceOf(text: string): Workplace | undefined {
  if (/\bhybrid\b|\bhybride?\b|\bhíbrido\b/i.test(text)) return 'hybrid';
  if (
    /\bremote\b|\btelecommute\b|\bwork from (?:home|anywhere)\b|\bfully distributed\b|\btélétravail\b|\bremoto\b/i.test(
      text,
    )
  )
    return 'remote';
  if (/\b(?:on[- ]?site|in[- ]office|in the office|vor ort|sur site|presencial|op kantoor)\b/i.test(text))
    return 'onsite';
  return undefined;
}

const US_STATES =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(
    ' ',
  );
const US_STATE_NAMES = new Set(
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming'.split(
    ' ',
  ),
);
const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'US',
  'u.s.': 'US',
  'u.s': 'US',
  us: 'US',
  'united states of america': 'US',
  uk: 'GB',
  'u.k.': 'GB',
  england: 'GB',
  deutschland: 'DE',
  'the netherlands': 'NL',
  nederland: 'NL',
  españa: 'ES',
  brasil: 'BR',
};

let countryNames: Map<string, string> | undefined;
function countryByName(name: string): string | undefined {
  countryNames ??= new Map(listCountries().map(({ code, name: n }) => [n.toLowerCase(), code]));
  const key = name.toLowerCase().replace(/[()]/g, '').trim();
  return COUNTRY_ALIASES[key] ?? countryNames.get(key);
}

export interface FoundPlace {
  city?: string;
  region?: string;
  country?: string;
}

const NOT_PLACE = /\b(?:remote|hybrid|on[- ]?site|anywhere|timezones?|time zone|est|cst|pst|utc|cet|only|based|in)\b/gi;

/** "San Francisco, CA", "Redwood City, Ca", "Remote - United States", "Portugal Remote", "Austin, TX, United States". */
export function placeOf(text: string): FoundPlace | null {
  const cleaned = text
    .replace(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF]/gu, ' ')
    .replace(NOT_PLACE, ' ')
    .replace(/[`*_]/g, ' ');
  const parts = cleaned
    .split(/\s*[,/|·]\s*|\s+[-–—]\s+|\s{2,}/)
    .map((part) => part.trim())
    .filter((part) => /\p{L}/u.test(part));
  if (parts.length === 0 || parts.length > 4 || parts.some((part) => part.split(/\s+/).length > 4)) return null;
  const place: FoundPlace = {};
  const rest: string[] = [];
  for (const part of parts) {
    const country = countryByName(part);
    if (country && !place.country) {
      place.country = country;
      continue;
    }
    if (US_STATES.includes(part.toUpperCase()) && part.length === 2) {
      place.region = part.toUpperCase();
      place.country ??= 'US';
      continue;
    }
    if (US_STATE_NAMES.has(part.toLowerCase())) {
      place.region = part;
      place.country ??= 'US';
      continue;
    }
    rest.push(part);
  }
  if (rest.length > 0 && /^[\p{Lu}]/u.test(rest[0]!)) place.city = rest[0];
  if (rest.length > 1 && !place.region && /^[\p{Lu}]/u.test(rest[1]!)) place.region = rest[1];
  if (!place.country && !place.city) return null;
  // A city alone names no country we can be sure of: it is kept, and the country asked for.
  return place;
}

const NAME = '([A-Z][A-Za-z0-9&]+(?:\\s(?:[A-Z][A-Za-z0-9&]+))?)';
const COMPANY_CUES = [
  new RegExp(`\\b(?:here at|at|join|joining|about|why)\\s+${NAME}`, 'g'),
  new RegExp(`\\b${NAME}\\s+(?:is|was)\\s+(?:a|an|the|reinventing|poised|building|changing|hiring|looking)\\b`, 'g'),
  new RegExp(`\\b${NAME}\\s+might\\b`, 'g'),
];
const NOT_NAMES = new Set(
  'The Our We You Your This That Senior Junior Lead Staff Principal Backend Engineering Engineer Software Team Company Remote Glassdoor LinkedIn Linkedin Google Silicon Valley San Francisco New York Brazil Product Mission Apply Benefits Work Life'.split(
    ' ',
  ),
);

/** The company a posting names for itself ("here at Banjo", "Snowflake is reinventing…"), when it names one twice. */
export function companyFromText(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const cue of COMPANY_CUES) {
    for (const match of text.matchAll(cue)) {
      const name = match[1]!;
      if (NOT_NAMES.has(name) || NOT_NAMES.has(name.split(' ')[0]!)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const named = (name: string) => text.split(name).length - 1;
  return [...counts.entries()]
    .filter(([name]) => named(name) >= 2)
    .sort((a, b) => b[1] - a[1] || named(b[0]) - named(a[0]))[0]?.[0];
}
