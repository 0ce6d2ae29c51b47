import { z } from 'zod';
import wordlist from '../../../content/wordlists/exclusionary.json';
import { parseContent } from '../parse-content';
import { severitySchema } from './finding';

// The exclusionary-wording lexicon (content/wordlists/exclusionary.json), parsed once, every phrase in one RegExp.

const sourceSchema = z.object({ title: z.string(), url: z.string().optional() });

const termSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  category: z.string(),
  match: z.array(z.string().min(2)).min(1),
  plural: z.array(z.string().min(2)).optional(),
  why: z.string().min(1),
  alternatives: z.array(z.string().min(1)).min(1),
  modifier: z.string().optional(),
  fix: z.boolean().optional(),
  agreement: z.record(z.string(), z.string()).optional(),
  source: z.string(),
  unlessFollowedBy: z.array(z.string()).optional(),
  unlessPrecededBy: z.array(z.string()).optional(),
});

const exclusionaryListSchema = z
  .object({
    sources: z.record(z.string(), sourceSchema),
    categories: z.record(z.string(), z.object({ label: z.string(), severity: severitySchema })),
    roleNouns: z.array(z.string()),
    terms: z.array(termSchema),
  })
  .superRefine((list, ctx) => {
    list.terms.forEach((term, i) => {
      if (!list.sources[term.source])
        ctx.addIssue({ code: 'custom', path: ['terms', i, 'source'], message: 'unknown source' });
      if (!list.categories[term.category]) {
        ctx.addIssue({ code: 'custom', path: ['terms', i, 'category'], message: 'unknown category' });
      }
    });
  });

export const exclusionaryLexicon = parseContent(
  exclusionaryListSchema,
  wordlist,
  'content/wordlists/exclusionary.json',
);

export type ExclusionaryTerm = z.infer<typeof termSchema>;

export interface CompiledTerm {
  term: ExclusionaryTerm;
  plural: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** Same key for "He / she", "he/she" and "rock  star". */
export function normalizePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ');
}

function phraseSource(phrase: string): string {
  return escape(phrase).replace(/\//g, '\\s*/\\s*').replace(/ /g, '\\s+');
}

const byPhrase = new Map<string, CompiledTerm>();
for (const term of exclusionaryLexicon.terms) {
  for (const phrase of term.match) byPhrase.set(normalizePhrase(phrase), { term, plural: false });
  for (const phrase of term.plural ?? []) byPhrase.set(normalizePhrase(phrase), { term, plural: true });
}

// Longest first, so "native english speaker" wins over "native english" at the same place.
const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
export const termPattern = new RegExp(
  `${NOT_WORD_BEFORE}(?:${phrases.map(phraseSource).join('|')})${NOT_WORD_AFTER}`,
  'giu',
);

// The same few spellings repeat; normalising each match again would cost more than the scan itself.
const lookups = new Map<string, CompiledTerm | undefined>();

export function lookupTerm(matched: string): CompiledTerm | undefined {
  if (lookups.has(matched)) return lookups.get(matched);
  const compiled = byPhrase.get(normalizePhrase(matched));
  if (lookups.size > 5000) lookups.clear();
  lookups.set(matched, compiled);
  return compiled;
}

const wordList = (words: string[]) => words.map(phraseSource).join('|');

const followedBy = new Map<string, RegExp>();
const precededBy = new Map<string, RegExp>();
for (const term of exclusionaryLexicon.terms) {
  if (term.unlessFollowedBy?.length) {
    followedBy.set(term.id, new RegExp(`^\\s+(?:${wordList(term.unlessFollowedBy)})${NOT_WORD_AFTER}`, 'iu'));
  }
  if (term.unlessPrecededBy?.length) {
    precededBy.set(term.id, new RegExp(`${NOT_WORD_BEFORE}(?:${wordList(term.unlessPrecededBy)})\\s+$`, 'iu'));
  }
}

/** True when the words around the match show it is another sense ("young company", "hero image", "CMake and Ninja"). */
export function isExcusedByContext(term: ExclusionaryTerm, text: string, start: number, end: number): boolean {
  const after = followedBy.get(term.id);
  if (after?.test(text.slice(end, end + 40))) return true;
  const before = precededBy.get(term.id);
  return before !== undefined && before.test(text.slice(Math.max(0, start - 40), start));
}

const roleNouns = new Set(exclusionaryLexicon.roleNouns.map((noun) => noun.toLowerCase()));
const NEXT_WORD = /^\s+([\p{L}\p{N}'’]+)/u;

/** The word right after the match, lower-cased, with its end offset. */
export function nextWord(text: string, end: number): { word: string; end: number } | undefined {
  const match = NEXT_WORD.exec(text.slice(end, end + 40));
  return match ? { word: match[1]!.toLowerCase(), end: end + match[0].length } : undefined;
}

export function isRoleNoun(word: string | undefined): boolean {
  return word !== undefined && roleNouns.has(word);
}
