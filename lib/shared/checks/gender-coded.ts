import type { CheckContext } from './check-context';
import type { CheckFinding, FindingSource } from './finding';
import {
  compoundEndExceptions,
  genderLexicon,
  isPhraseException,
  lexiconEntryFor,
  wordExceptions,
  type Coding,
  type LexiconEntry,
} from './gender-lexicon';
import { wordPatternFor } from './ascii-words';
import type { CheckMessages } from './messages/check-messages';
import { OccurrenceCollector } from './occurrences';
import type { TextField } from './text-model';

export type GenderCodedVerdict = 'strongly-masculine' | 'masculine' | 'neutral' | 'feminine' | 'strongly-feminine';

export interface CodedWord {
  field: string;
  /** The word as written in the field. */
  word: string;
  /** Offset of the word in the field's text. */
  index: number;
  coding: Coding;
  /** The list entry it matched, in the paper's notation ("compet*"). */
  stem: string;
  origin: LexiconEntry['origin'];
}

const CHECK = 'gender-coded';
/** Distinct masculine-coded words listed as findings; the rest are counted in one finding. */
export const MAX_WORD_FINDINGS = 20;
// Longer "words" are not words a reader meets (and would make ids and messages unbounded).
const MAX_WORD_LENGTH = 40;

const { citation } = genderLexicon;
const researchSource: FindingSource = {
  title: `${citation.authors} (${citation.year}). ${citation.title}. ${citation.journal}, ${citation.volume}(${citation.issue}), ${citation.pages}`,
  url: citation.url,
};

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** WORD for fields whose letters and digits are all ASCII (see ascii-words.ts). */
export const ASCII_WORD = /[A-Za-z\d]+(?:['-][A-Za-z\d]+)*/g;
export { WORD as UNICODE_WORD };

function push(out: CodedWord[], field: string, word: string, index: number, entries: LexiconEntry[]) {
  for (const { coding, stem, origin } of entries) out.push({ field, word, index, coding, stem, origin });
}

function codedWordsOfPart(lower: string, text: string, end: number, previousPart: string | undefined) {
  if (wordExceptions.has(lower)) return [];
  const keepsTrait = previousPart !== undefined ? compoundEndExceptions.get(lower) : undefined;
  if (keepsTrait && !keepsTrait.has(previousPart!)) return [];
  if (isPhraseException(lower, text, end)) return [];
  return lexiconEntryFor(lower, false);
}

/** Every gender-coded word in the fields, in field order, each with where it stands. */
export function findGenderCodedWords(fields: readonly Pick<TextField, 'field' | 'text'>[]): CodedWord[] {
  const out: CodedWord[] = [];
  for (const { field, text } of fields) {
    for (const match of text.matchAll(wordPatternFor(text, WORD, ASCII_WORD))) {
      const token = match[0];
      if (token.length > MAX_WORD_LENGTH) continue;
      const start = match.index;
      const lower = token.toLowerCase().replace(/['’]s$/u, '');
      if (!token.includes('-')) {
        push(out, field, token, start, codedWordsOfPart(lower, text, start + token.length, undefined));
        continue;
      }
      // A compound is tested whole against the hyphenated entries ("self-confident"), else part by part,
      // each part with its own exceptions ("SharePoint-based", "event-driven" but "self-driven").
      const whole = lexiconEntryFor(lower, true);
      if (whole.length) {
        push(out, field, token, start, whole);
        continue;
      }
      let offset = 0;
      let previous: string | undefined;
      for (const part of token.split('-')) {
        const partLower = part.toLowerCase().replace(/['’]s$/u, '');
        const at = start + offset;
        push(out, field, part, at, codedWordsOfPart(partLower, text, at + part.length, previous));
        previous = partLower;
        offset += part.length + 1;
      }
    }
  }
  return out;
}

function verdictOf(balance: number): GenderCodedVerdict {
  const strong = genderLexicon.verdict.strongMargin;
  if (balance === 0) return 'neutral';
  if (balance > strong) return 'strongly-feminine';
  if (balance > 0) return 'feminine';
  return balance < -strong ? 'strongly-masculine' : 'masculine';
}

export interface GenderCodedReport {
  verdict: GenderCodedVerdict;
  /** Feminine-coded minus masculine-coded words: below 0 leans masculine. */
  balance: number;
  masculine: CodedWord[];
  feminine: CodedWord[];
}

export const wordFindingId = (word: string) => `${CHECK}:word:${word.toLowerCase()}`;

function distinctWords(words: CodedWord[]): string[] {
  return [...new Set(words.map((w) => w.word.toLowerCase()))];
}

function verdictFinding(report: GenderCodedReport, messages: CheckMessages): CheckFinding {
  const { verdict, masculine, feminine } = report;
  const leansMasculine = verdict === 'masculine' || verdict === 'strongly-masculine';
  const listed = (words: CodedWord[]) => {
    const distinct = distinctWords(words);
    return distinct.length ? ` (${distinct.slice(0, 6).join(', ')}${distinct.length > 6 ? ', …' : ''})` : '';
  };
  return {
    id: `${CHECK}:verdict`,
    check: CHECK,
    // Only a strong masculine lean is worth acting on: that is the wording the research found puts women off.
    severity: verdict === 'strongly-masculine' ? 'warning' : 'info',
    message: messages.t('gender.verdict', {
      lean: messages.t(`gender.lean.${verdict}`),
      masculine: masculine.length,
      feminine: feminine.length,
    }),
    ...(leansMasculine ? { suggestion: messages.t('gender.verdict.suggestion') } : {}),
    details: {
      why: messages.t('gender.verdict.why', {
        masculineWords: listed(masculine),
        feminineWords: listed(feminine),
        finding: messages.t('gender.finding'),
        margin: genderLexicon.verdict.strongMargin,
      }),
      sources: [researchSource, genderLexicon.verdict.source],
    },
  };
}

function wordFinding(
  lower: string,
  words: CodedWord[],
  texts: Map<string, string>,
  messages: CheckMessages,
): CheckFinding {
  const first = words[0]!;
  const collector = new OccurrenceCollector();
  for (const w of words) {
    collector.add({ field: w.field, text: texts.get(w.field)!, start: w.index, end: w.index + w.word.length }, w.field);
  }
  const { occurrences, more, total } = collector.result();
  return {
    id: wordFindingId(lower),
    check: CHECK,
    severity: 'info',
    message: messages.t('gender.word', { word: messages.quote(first.word), count: total }),
    suggestion: messages.t('gender.word.suggestion'),
    details: {
      why: messages.t(first.origin === 'research' ? 'gender.word.why.research' : 'gender.word.why.additions', {
        stem: first.stem,
        author: citation.authors.split(',')[0]!,
        year: String(citation.year),
      }),
      sources: [researchSource],
    },
    field: first.field,
    excerpt: occurrences[0]!.excerpt,
    occurrences,
    ...(more > 0 ? { more } : {}),
  };
}

/**
 * The verdict, then each masculine-coded word (one finding per word, marked where it stands). Feminine-coded
 * words are counted in the verdict only: the research found they did not put men off, so they need no action.
 */
export function checkGenderCoded({ text, dismissed, messages }: CheckContext): CheckFinding[] {
  const all = findGenderCodedWords(text.fields);
  const texts = new Map(text.fields.map((f) => [f.field, f.text]));
  const byWord = new Map<string, CodedWord[]>();
  for (const word of all) {
    if (word.coding !== 'masculine') continue;
    const key = word.word.toLowerCase();
    const list = byWord.get(key);
    if (list) list.push(word);
    else byWord.set(key, [word]);
  }
  const counted = all.filter((w) => !dismissed.has(wordFindingId(w.word)));
  const masculine = counted.filter((w) => w.coding === 'masculine');
  const feminine = counted.filter((w) => w.coding === 'feminine');
  const balance = feminine.length - masculine.length;
  const verdict = verdictFinding({ verdict: verdictOf(balance), balance, masculine, feminine }, messages);
  const entries = [...byWord];
  // Findings (excerpts, places) are built only for the words listed; the rest are only counted.
  const listed = entries.slice(0, MAX_WORD_FINDINGS).map(([lower, list]) => wordFinding(lower, list, texts, messages));
  const unlisted = entries.length - listed.length;
  const more: CheckFinding = {
    id: `${CHECK}:more-words`,
    check: CHECK,
    severity: 'info',
    message: messages.t('gender.more', { count: unlisted }),
    suggestion: messages.t('gender.more.suggestion'),
  };
  return [verdict, ...listed, ...(unlisted > 0 ? [more] : [])];
}
