import { z } from 'zod';
import wordlist from '../../../content/wordlists/gender-coded.json';
import { parseContent } from '../parse-content';

// The research's gender-coded word lists (content/wordlists/gender-coded.json), compiled once at import.

const sourceSchema = z.object({ title: z.string(), url: z.string().optional() });

const genderLexiconSchema = z.object({
  citation: z.object({
    authors: z.string(),
    year: z.number(),
    title: z.string(),
    journal: z.string(),
    volume: z.number(),
    issue: z.number(),
    pages: z.string(),
    doi: z.string(),
    url: z.string(),
  }),
  finding: z.string(),
  masculine: z.array(z.string().min(2)),
  feminine: z.array(z.string().min(2)),
  additions: z.object({ source: sourceSchema, masculine: z.array(z.string()), feminine: z.array(z.string()) }),
  verdict: z.object({ source: sourceSchema, strongMargin: z.number().int().min(1) }),
  exceptions: z.array(
    z.object({ word: z.string().min(2), why: z.string().min(1), notAfter: z.array(z.string()).optional() }),
  ),
});

export const genderLexicon = parseContent(genderLexiconSchema, wordlist, 'content/wordlists/gender-coded.json');

export type Coding = 'masculine' | 'feminine';
/** Which list a word came from: the paper's appendix, or Gender Decoder's additions to it. */
export type WordOrigin = 'research' | 'gender-decoder';

export interface LexiconEntry {
  /** The list entry in the paper's notation ("compet*"). */
  stem: string;
  origin: WordOrigin;
  coding: Coding;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface CompiledList {
  coding: Coding;
  /** Entries without a hyphen, tested against a word or one part of a compound. */
  word: RegExp;
  /** Hyphenated entries ("self-confiden*"), tested against a whole compound first. */
  compound: RegExp | undefined;
  entries: LexiconEntry[];
}

function patternOf(entries: LexiconEntry[]): RegExp | undefined {
  if (entries.length === 0) return undefined;
  const prefixes = entries
    .filter((e) => e.stem.endsWith('*'))
    .map((e) => `${escape(e.stem.slice(0, -1))}[\\p{L}\\p{N}'’]*`);
  // An exact word also matches its plural ("opinion" → "opinions").
  const words = entries.filter((e) => !e.stem.endsWith('*')).map((e) => `${escape(e.stem)}(?:e?s)?`);
  return new RegExp(`^(?:${[...prefixes, ...words].join('|')})$`, 'u');
}

function compileList(coding: Coding): CompiledList {
  const entries: LexiconEntry[] = [
    ...genderLexicon[coding].map((stem) => ({ stem, origin: 'research' as const, coding })),
    ...genderLexicon.additions[coding].map((stem) => ({ stem, origin: 'gender-decoder' as const, coding })),
  ];
  return {
    coding,
    word: patternOf(entries.filter((e) => !e.stem.includes('-')))!,
    compound: patternOf(entries.filter((e) => e.stem.includes('-'))),
    entries,
  };
}

const lists: CompiledList[] = [compileList('masculine'), compileList('feminine')];

// A posting repeats its words: each distinct word is matched against the two lists once. Bounded, since a
// draft can be made of nothing but distinct words.
const LOOKUP_LIMIT = 20_000;
const lookups = [new Map<string, LexiconEntry[]>(), new Map<string, LexiconEntry[]>()];

/** The list entry a (lower-case) word or compound matched, with its list. Do not mutate the answer. */
export function lexiconEntryFor(lower: string, compound: boolean): LexiconEntry[] {
  const memo = lookups[compound ? 1 : 0]!;
  let hits = memo.get(lower);
  if (hits === undefined) {
    hits = matchLists(lower, compound);
    if (memo.size >= LOOKUP_LIMIT) memo.clear();
    memo.set(lower, hits);
  }
  return hits;
}

function matchLists(lower: string, compound: boolean): LexiconEntry[] {
  const hits: LexiconEntry[] = [];
  for (const list of lists) {
    const pattern = compound ? list.compound : list.word;
    if (!pattern?.test(lower)) continue;
    const entry = list.entries.find(({ stem }) =>
      stem.endsWith('*')
        ? lower.startsWith(stem.slice(0, -1))
        : lower === stem || lower === `${stem}s` || lower === `${stem}es`,
    );
    hits.push(entry ?? list.entries[0]!);
  }
  return hits;
}

// "sharepoint" is a whole-word exception; "kind of" a two-word one; "*-driven" a compound ending.
export const wordExceptions = new Set<string>();
const phraseRests = new Map<string, string[]>();
/** Compound endings that are another sense ("event-driven"), with the first parts that keep the trait ("self"). */
export const compoundEndExceptions = new Map<string, Set<string>>();
for (const { word, notAfter } of genderLexicon.exceptions) {
  if (word.startsWith('*-')) compoundEndExceptions.set(word.slice(2), new Set(notAfter ?? []));
  else if (word.includes(' ')) {
    const [first, ...rest] = word.split(' ');
    phraseRests.set(first!, [...(phraseRests.get(first!) ?? []), rest.join(' ')]);
  } else wordExceptions.add(word);
}
const phraseExceptions = new Map<string, RegExp>(
  [...phraseRests].map(([first, rests]): [string, RegExp] => [
    first,
    new RegExp(`^\\s+(?:${rests.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
  ]),
);

/** True when the words after `lower` make it a phrase of another sense ("kind of"). */
export function isPhraseException(lower: string, text: string, end: number): boolean {
  const rest = phraseExceptions.get(lower);
  return rest !== undefined && rest.test(text.slice(end, end + 40));
}
