import type { Draft } from '../draft/draft-schema';
import { excerptAround } from './excerpt';
import type { Finding, FindingSource } from './finding';
import { findGenderCodedWords, genderCodedList, type CodedWord } from './gender-coded-words';
import { collectTextFields, type TextField } from './text-fields';

export type GenderCodedVerdict = 'strongly-masculine' | 'masculine' | 'neutral' | 'feminine' | 'strongly-feminine';

export interface GenderCodedReport {
  verdict: GenderCodedVerdict;
  /** Feminine-coded minus masculine-coded words: below 0 leans masculine. */
  balance: number;
  masculine: CodedWord[];
  feminine: CodedWord[];
}

const CHECK = 'gender-coded';
const { citation } = genderCodedList;
const researchSource: FindingSource = {
  title: `${citation.authors} (${citation.year}). ${citation.title}. ${citation.journal}, ${citation.volume}(${citation.issue}), ${citation.pages}`,
  url: citation.url,
};

const verdictLabel: Record<GenderCodedVerdict, string> = {
  'strongly-masculine': 'strongly masculine-coded',
  masculine: 'masculine-coded',
  neutral: 'neutral',
  feminine: 'feminine-coded',
  'strongly-feminine': 'strongly feminine-coded',
};

function verdictOf(balance: number): GenderCodedVerdict {
  const strong = genderCodedList.verdict.strongMargin;
  if (balance === 0) return 'neutral';
  if (balance > strong) return 'strongly-feminine';
  if (balance > 0) return 'feminine';
  return balance < -strong ? 'strongly-masculine' : 'masculine';
}

/** The words in place (field, word, offset) and the verdict from their balance; the builder highlights from this. */
export function genderCodedReport(draft: Draft): GenderCodedReport {
  return reportFor(collectTextFields(draft));
}

function reportFor(fields: TextField[]): GenderCodedReport {
  const words = findGenderCodedWords(fields);
  const masculine = words.filter((w) => w.coding === 'masculine');
  const feminine = words.filter((w) => w.coding === 'feminine');
  const balance = feminine.length - masculine.length;
  return { verdict: verdictOf(balance), balance, masculine, feminine };
}

function listWords(words: CodedWord[]): string {
  const distinct = [...new Set(words.map((w) => w.word.toLowerCase()))];
  const shown = distinct.slice(0, 6).join(', ');
  return distinct.length > 6 ? `${shown}, …` : shown;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function verdictFinding(report: GenderCodedReport): Finding {
  const { verdict, masculine, feminine } = report;
  const counts =
    masculine.length + feminine.length === 0
      ? 'no masculine- or feminine-coded words'
      : `${plural(masculine.length, 'masculine-coded word')}${masculine.length ? ` (${listWords(masculine)})` : ''} and ` +
        `${plural(feminine.length, 'feminine-coded word')}${feminine.length ? ` (${listWords(feminine)})` : ''}`;
  const leansMasculine = verdict === 'masculine' || verdict === 'strongly-masculine';
  return {
    id: `${CHECK}:verdict`,
    check: CHECK,
    // Only a strong masculine lean is worth acting on: that is the wording the research found puts women off.
    severity: verdict === 'strongly-masculine' ? 'warning' : 'info',
    message:
      `The wording is ${verdictLabel[verdict]}: ${counts}. ${genderCodedList.finding} ` +
      `(Gaucher, Friesen & Kay, ${citation.year}; verdict scale from Gender Decoder).`,
    source: researchSource,
    ...(leansMasculine
      ? {
          suggestion:
            'Where a masculine-coded word is not essential, use a neutral one (e.g. "challenging" → "interesting", "competitive salary" → "good salary") or describe the work itself.',
        }
      : {}),
  };
}

function wordFinding(word: CodedWord, text: string, occurrence: number): Finding {
  const fromList = word.origin === 'research' ? 'the research list' : "Gender Decoder's additions to the research list";
  return {
    id: `${CHECK}:${word.word.toLowerCase()}:${word.field}:${occurrence}`,
    check: CHECK,
    severity: 'info',
    message:
      `"${word.word}" is masculine-coded (${word.stem} in ${fromList}). ` +
      'Masculine-coded wording made job ads less appealing to women in Gaucher, Friesen & Kay (2011).',
    source: researchSource,
    field: word.field,
    excerpt: excerptAround(text, word.index, word.index + word.word.length),
    suggestion: 'Keep it if it is the right word; otherwise a neutral word or a description of the work reads better.',
  };
}

/**
 * The verdict, then each masculine-coded word in place. Feminine-coded words are listed in the verdict
 * only: the research found they did not put men off, so they need no action.
 */
export function checkGenderCoded(draft: Draft): Finding[] {
  const fields = collectTextFields(draft);
  const report = reportFor(fields);
  const texts = new Map(fields.map((f) => [f.field, f.text]));
  const seen = new Map<string, number>();
  const findings = [verdictFinding(report)];
  for (const word of report.masculine) {
    const key = `${word.word.toLowerCase()}:${word.field}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    findings.push(wordFinding(word, texts.get(word.field) ?? '', occurrence));
  }
  return findings;
}
