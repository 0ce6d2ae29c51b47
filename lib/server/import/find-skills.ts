import type { CatalogSkill, RoleCatalog } from '../../shared/catalog';
import { IMPORT_EXTRA_ALIASES, IMPORT_IGNORED_ALIASES, SKILL_LINE_FILLER } from './skill-lexicon';

// Catalog skills named in a line, by name or alias, whole words only: `Java` is not `JavaScript`, `REST` is
// not "the rest", `C` is not the C in "C-level". Short names written in capitals match only in capitals.

export interface SkillMention {
  id: string;
  /** Where in the line, and the words matched. */
  index: number;
  text: string;
}

interface Term {
  id: string;
  term: string;
  pattern: RegExp;
  /** The term's first word in lower case: a line without it cannot match, and is not run through the pattern. */
  probe: string;
}

const ignored = new Set(IMPORT_IGNORED_ALIASES.map((alias) => alias.toLowerCase()));
const cache = new WeakMap<RoleCatalog, { narrow: Term[]; broad: Term[] }>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Letters of the Latin scripts, without the Unicode flag: ~150 patterns with \p{L} took most of a second to
// compile on the first import.
const WORD_CHAR = 'A-Za-z0-9_\\u00C0-\\u024F';

function termPattern(term: string): RegExp {
  // A name is a whole word when neither side touches a letter, a digit, or a joining mark like `.`, `#`, `+`
  // followed by a word character ("Node.js" is not "Node", "C#" is not "C").
  const body = escape(term).replace(/\\?\s+/g, '[\\s-]+');
  const caseSensitive = term.length <= 4 && /[A-Z]/.test(term) && !/[a-z]/.test(term.slice(1));
  return new RegExp(
    `(?<![${WORD_CHAR}#+./-])${body}(?![${WORD_CHAR}#+]|[./-][${WORD_CHAR}])`,
    caseSensitive ? 'g' : 'gi',
  );
}

function termsOf(catalog: RoleCatalog): { narrow: Term[]; broad: Term[] } {
  let terms = cache.get(catalog);
  if (terms) return terms;
  const all = catalog.skills.flatMap((skill: CatalogSkill) =>
    [skill.name, ...(skill.aliases ?? []), ...(IMPORT_EXTRA_ALIASES[skill.id] ?? [])].map((term) => ({
      id: skill.id,
      term,
      pattern: termPattern(term),
      probe: term.toLowerCase().split(/[\s-]+/)[0]!,
    })),
  );
  // Longer terms first, so "SQL Server" is read before "SQL" and both name one skill once.
  all.sort((a, b) => b.term.length - a.term.length);
  terms = {
    narrow: all.filter((t) => !ignored.has(t.term.toLowerCase())),
    broad: all,
  };
  cache.set(catalog, terms);
  return terms;
}

/**
 * Catalog skills a line names. `broad` also counts the catalog's general aliases ("software engineering"),
 * which only stand for the skill when the line asks for years of it.
 */
export function findSkillMentions(line: string, catalog: RoleCatalog, broad = false): SkillMention[] {
  const taken: [number, number][] = [];
  const found: SkillMention[] = [];
  const terms = termsOf(catalog);
  const lower = line.toLowerCase();
  for (const term of broad ? terms.broad : terms.narrow) {
    if (!lower.includes(term.probe)) continue;
    term.pattern.lastIndex = 0;
    for (const match of line.matchAll(term.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      found.push({ id: term.id, index: start, text: match[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const YEARS =
  /(?<!typically\s)(?<!\d[–-])\b(\d{1,2})\s*(?:\+|plus)?\s*(?:[–-]\s*\d{1,2}\s*)?(?:\+\s*)?(?:years?|yrs|jahre?n?|ans?|años|jaar)\b/i;

/** The years a clause states ("5+ years of PostgreSQL", "PostgreSQL (4+ years)"), for the skills it names. */
export function yearsIn(clause: string): number | undefined {
  const match = YEARS.exec(clause);
  if (!match) return undefined;
  const years = Number(match[1]);
  return years >= 0 && years <= 30 ? years : undefined;
}

/** A line's clauses: years stated in one clause belong to the skills of that clause. */
export function clausesOf(line: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const match of line.matchAll(/[;.]\s+|;/g)) {
    out.push({ text: line.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  out.push({ text: line.slice(start), start });
  return out;
}

/** A list item that is exactly one catalog skill's name or alias (any alias: the writer listed it as a skill). */
export function exactSkill(item: string, catalog: RoleCatalog): string | null {
  const key = item
    .replace(/\([^)]*\)\s*$/, '')
    .replace(/[,:]\s*(?:\d+\+?\s*years?|typically).*$/i, '')
    .trim()
    .toLowerCase();
  for (const skill of catalog.skills) {
    if ([skill.name, ...(skill.aliases ?? [])].some((term) => term.toLowerCase() === key)) return skill.id;
  }
  return null;
}

/** The line says nothing but skills (and how long, how well): it is fully placed by its skills. */
export function isSkillOnlyLine(line: string, mentions: SkillMention[]): boolean {
  if (mentions.length === 0) return false;
  let rest = line;
  for (const mention of [...mentions].sort((a, b) => b.index - a.index)) {
    rest = rest.slice(0, mention.index) + ' ' + rest.slice(mention.index + mention.text.length);
  }
  const words = rest.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)?/gu) ?? [];
  return words.filter((word) => !SKILL_LINE_FILLER.has(word)).length === 0;
}
