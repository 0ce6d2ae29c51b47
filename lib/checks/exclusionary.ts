import type { Draft } from '../draft/draft-schema';
import { excerptAround } from './excerpt';
import {
  exclusionaryList,
  isExcusedByContext,
  isRoleNoun,
  lookupTerm,
  nextWord,
  termPattern,
  type CompiledTerm,
} from './exclusionary-terms';
import type { Finding, FindingFix } from './finding';
import { firstOccurrenceFix, matchCase } from './text-fix';
import { collectTextFields } from './text-fields';

const CHECK = 'exclusionary';

const pluralize = (phrase: string) => `${phrase}s`;

/**
 * The one-click replacement, when the first alternative drops in cleanly: a modifier before a role noun
 * ("rockstar developer" → "skilled developer"), a plural for a plural, and "they are" for "he/she is".
 */
function fixFor(
  compiled: CompiledTerm,
  field: string,
  text: string,
  start: number,
  end: number,
): { fix: FindingFix; replacement: string } | undefined {
  const { term, plural } = compiled;
  if (term.fix === false) return undefined;
  const matched = text.slice(start, end);
  const next = nextWord(text, end);
  if (term.agreement) {
    const verb = next && term.agreement[next.word];
    if (!next || verb === undefined) return undefined;
    const replacement = `${matchCase(term.alternatives[0]!, matched)} ${verb}`;
    return { fix: firstOccurrenceFix(field, text, start, next.end, replacement), replacement };
  }
  const asModifier = term.modifier !== undefined && isRoleNoun(next?.word);
  const base = asModifier ? term.modifier! : term.alternatives[0]!;
  const replacement = matchCase(plural && !asModifier ? pluralize(base) : base, matched);
  return { fix: firstOccurrenceFix(field, text, start, end, replacement), replacement };
}

function suggestionFor(compiled: CompiledTerm, replacement: string | undefined): string {
  const { alternatives } = compiled.term;
  if (replacement) {
    const others = alternatives.slice(1).map((a) => `"${a}"`);
    return `Try "${replacement}"${others.length ? ` (or ${others.join(', ')})` : ''}.`;
  }
  return alternatives.length === 1
    ? `Instead: ${alternatives[0]}.`
    : `Instead: ${alternatives.map((a) => `"${a}"`).join(' or ')}.`;
}

/** Clichés, age-coded, gendered, ability-coded and origin-coded terms, each in place with a neutral alternative. */
export function checkExclusionary(draft: Draft): Finding[] {
  const findings: Finding[] = [];
  const occurrences = new Map<string, number>();
  for (const { field, text } of collectTextFields(draft)) {
    for (const match of text.matchAll(termPattern)) {
      const compiled = lookupTerm(match[0]);
      if (!compiled) continue;
      const start = match.index;
      const end = start + match[0].length;
      const { term } = compiled;
      if (isExcusedByContext(term, text, start, end)) continue;
      const key = `${term.id}:${field}`;
      const occurrence = occurrences.get(key) ?? 0;
      occurrences.set(key, occurrence + 1);
      const category = exclusionaryList.categories[term.category]!;
      const proposed = fixFor(compiled, field, text, start, end);
      findings.push({
        id: `${CHECK}:${term.id}:${field}:${occurrence}`,
        check: CHECK,
        severity: category.severity,
        message: `${category.label} wording: "${match[0]}". ${term.why}`,
        source: exclusionaryList.sources[term.source],
        field,
        excerpt: excerptAround(text, start, end),
        suggestion: suggestionFor(compiled, proposed?.replacement),
        ...(proposed ? { fix: proposed.fix } : {}),
      });
    }
  }
  return findings;
}
