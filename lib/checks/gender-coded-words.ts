import { z } from 'zod';
import wordlist from '../../content/wordlists/gender-coded.json';
import type { TextField } from './text-fields';

// Compiles the research's word lists once at import: one anchored RegExp per list, tested per word.

const sourceSchema = z.object({ title: z.string(), url: z.string().optional() });

const genderCodedListSchema = z.object({
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
  exceptions: z.array(z.object({ word: z.string().min(2), why: z.string().min(1) })),
});

export const genderCodedList = genderCodedListSchema.parse(wordlist);

export type Coding = 'masculine' | 'feminine';
/** Which list a word came from: the paper's appendix, or Gender Decoder's additions to it. */
export type WordOrigin = 'research' | 'gender-decoder';

export interface CodedWord {
  field: string;
  /** The word as written in the field. */
  word: string;
  /** Offset of the word in the field's text. */
  index: number;
  coding: Coding;
  /** The list entry it matched, in the paper's notation ("compet*"). */
  stem: string;
  origin: WordOrigin;
}

interface CompiledList {
  coding: Coding;
  pattern: RegExp;
  entries: { stem: string; origin: WordOrigin }[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_TAIL = "[\\p{L}\\p{N}'’-]*";

function compileList(coding: Coding): CompiledList {
  const entries = [
    ...genderCodedList[coding].map((stem) => ({ stem, origin: 'research' as const })),
    ...genderCodedList.additions[coding].map((stem) => ({ stem, origin: 'gender-decoder' as const })),
  ];
  const prefixes = entries.filter((e) => e.stem.endsWith('*')).map((e) => escape(e.stem.slice(0, -1)));
  const words = entries.filter((e) => !e.stem.endsWith('*')).map((e) => escape(e.stem));
  const pattern = new RegExp(`^(?:(?:${prefixes.join('|')})${WORD_TAIL}|(?:${words.join('|')}))$`, 'u');
  return { coding, pattern, entries };
}

const lists: CompiledList[] = [compileList('masculine'), compileList('feminine')];

// "sharepoint" is a whole-word exception; "kind of" a two-word one; "*-driven" a compound ending.
const wordExceptions = new Set<string>();
const phraseRests = new Map<string, string[]>();
const compoundEndExceptions = new Set<string>();
for (const { word } of genderCodedList.exceptions) {
  if (word.startsWith('*-')) compoundEndExceptions.add(word.slice(2));
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

function stemOf(list: CompiledList, lowerWord: string) {
  const hit = list.entries.find(({ stem }) =>
    stem.endsWith('*') ? lowerWord.startsWith(stem.slice(0, -1)) : lowerWord === stem,
  );
  return hit ?? list.entries[0]!;
}

function isPhraseException(lowerWord: string, text: string, end: number): boolean {
  const rest = phraseExceptions.get(lowerWord);
  return rest !== undefined && rest.test(text.slice(end, end + 40));
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Tests one word (or part of a compound) against both lists; at most one hit per list. */
function matchWord(out: CodedWord[], field: string, text: string, word: string, index: number, inCompound: boolean) {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  if (wordExceptions.has(lower)) return false;
  if (inCompound && compoundEndExceptions.has(lower)) return false;
  if (isPhraseException(lower, text, index + word.length)) return false;
  let matched = false;
  for (const list of lists) {
    if (!list.pattern.test(lower)) continue;
    const { stem, origin } = stemOf(list, lower);
    out.push({ field, word, index, coding: list.coding, stem, origin });
    matched = true;
  }
  return matched;
}

/** Every gender-coded word in the fields, in field order, each with where it stands. */
export function findGenderCodedWords(fields: readonly TextField[]): CodedWord[] {
  const out: CodedWord[] = [];
  for (const { field, text } of fields) {
    for (const match of text.matchAll(WORD)) {
      const token = match[0];
      const start = match.index;
      // A hyphenated word is tested whole first ("self-confident"), then part by part ("team-oriented, results-driven").
      if (matchWord(out, field, text, token, start, false) || !token.includes('-')) continue;
      let offset = 0;
      token.split('-').forEach((part, i) => {
        if (part) matchWord(out, field, text, part, start + offset, i > 0);
        offset += part.length + 1;
      });
    }
  }
  return out;
}
