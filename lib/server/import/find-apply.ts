// How to apply: a link or an address to write to, and the day applications close.

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>()"'\]]+[^\s<>()"'.,;:!?\]]/i;
const APPLY_WORDS = /\b(?:apply|application|bewerb|postul|candidat|solliciteer|sollicit|aplica)/i;
const APPLY_HOSTS =
  /(?:greenhouse\.io|lever\.co|workable\.com|ashbyhq\.com|smartrecruiters\.com|recruitee\.com|personio\.|bamboohr\.com|jobs\.|careers\.|\/jobs?\/|\/careers?\/|\/apply)/i;

export function findEmail(text: string): string | null {
  const match = EMAIL.exec(text.replace(/^mailto:/i, ''));
  return match ? match[0] : null;
}

export function webAddress(text: string): string | null {
  const match = URL_IN_TEXT.exec(text);
  if (!match) return null;
  try {
    const url = new URL(match[0]);
    return url.hostname.includes('.') ? match[0] : null;
  } catch {
    return null;
  }
}

/** How strongly a link looks like the way to apply: words around it, then its address. */
export function applyScore(url: string, lineText: string): number {
  return (APPLY_WORDS.test(lineText) ? 2 : 0) + (APPLY_HOSTS.test(url) ? 1 : 0);
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  januar: 1,
  februar: 2,
  märz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  janvier: 1,
  février: 2,
  mars: 3,
  avril: 4,
  juin: 6,
  juillet: 7,
  août: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  januari: 1,
  februari: 2,
  maart: 3,
  mei: 5,
  augustus: 8,
  december: 12,
};
const CLOSING =
  /\b(?:close[sd]?|closing|deadline|apply by|applications? (?:by|until|before)|until|bis zum|bewerbungsschluss|date limite|jusqu'au|fecha límite|hasta el|sluitingsdatum|uiterlijk)\b/i;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)];
}

/** The closing date of a line that speaks of applications closing, as YYYY-MM-DD. */
export function findClosingDate(line: string): string | null {
  if (!CLOSING.test(line)) return null;
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /\b([A-Za-zÀ-ÿ]{3,10})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(line);
  if (m && monthNumber(m[1]!)) return iso(+m[3]!, monthNumber(m[1]!)!, +m[2]!);
  m = /\b(\d{1,2})(?:st|nd|rd|th|\.)? (?:de )?([A-Za-zÀ-ÿ]{3,10})\.?,? (?:de )?(\d{4})\b/.exec(line);
  if (m && monthNumber(m[2]!)) return iso(+m[3]!, monthNumber(m[2]!)!, +m[1]!);
  m = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(line);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  return null;
}
