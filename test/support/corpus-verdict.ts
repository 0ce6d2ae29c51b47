import type { CheckResult } from '../../lib/shared/checks';

/** What the regression corpus pins for a posting: its score and what the checks flag, in words a reviewer reads. */
export interface CorpusVerdict {
  score: number;
  readingEase: string;
  gender: string;
  /** Wording findings: exclusionary terms and masculine-coded words, with how often each is used. */
  wording: string[];
  hardSentences: string[];
  other: string[];
}

export function corpusVerdict(result: CheckResult): CorpusVerdict {
  const standing = result.findings.filter((f) => !f.dismissed);
  return {
    score: result.score.total,
    readingEase: result.findings.find((f) => f.id === 'readability:score')?.message ?? 'none',
    gender: result.findings.find((f) => f.id === 'gender-coded:verdict')!.message,
    wording: standing
      .filter((f) => f.id.startsWith('exclusionary:term:') || f.id.startsWith('gender-coded:word:'))
      .map((f) => `${f.id} ×${(f.occurrences?.length ?? 0) + (f.more ?? 0)}`),
    hardSentences: standing.filter((f) => f.id.startsWith('readability:sentence:')).map((f) => f.excerpt!),
    other: result.findings
      .filter((f) => !/^(exclusionary:term|gender-coded|readability):/.test(f.id))
      .map((f) => `${f.severity} ${f.id}`),
  };
}
