import type { Finding } from './finding';

// The checks answer is promised under 64 KB for any valid draft. The per-check caps keep it near that, but a
// draft using every flagged term in every field still lists ~60 findings with ten places each; past the
// budget each finding keeps only its first place (`more` counts the rest), which the builder still marks.

/** Findings' share of the 64 KB answer; the score and the JSON around them take the rest (~5 KB at most). */
export const FINDINGS_MAX_BYTES = 56 * 1024;

/** UTF-8 length of the findings' JSON, counted without encoding it (a 60 KB copy per request otherwise). */
function bytesOf(findings: readonly Finding[]): number {
  const json = JSON.stringify(findings);
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) continue;
    // Two bytes to U+07FF, three to U+FFFF; a surrogate pair is four bytes over its two units.
    bytes += code < 0x800 ? 1 : code >= 0xd800 && code <= 0xdbff ? 1 : 2;
    if (code >= 0xd800 && code <= 0xdbff) i += 1;
  }
  return bytes;
}

function firstPlaceOnly(finding: Finding): Finding {
  if (finding.dismissed || !finding.occurrences || finding.occurrences.length <= 1) return finding;
  const [first, ...rest] = finding.occurrences;
  return { ...finding, occurrences: [first!], more: (finding.more ?? 0) + rest.length };
}

/** The findings as they are when they fit the budget, else with one place each. */
export function fitFindings(findings: Finding[]): Finding[] {
  if (bytesOf(findings) <= FINDINGS_MAX_BYTES) return findings;
  return findings.map(firstPlaceOnly);
}
