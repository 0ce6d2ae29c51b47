import { capped } from './capped';
import type { CheckContext } from './check-context';
import {
  exclusionaryLexicon,
  isExcusedByContext,
  isRoleNoun,
  lookupTerm,
  nextWord,
  termPattern,
  type CompiledTerm,
  type ExclusionaryTerm,
} from './exclusionary-lexicon';
import type { CheckFinding, FindingFix } from './finding';
import type { CheckMessages } from './messages/check-messages';
import { OccurrenceCollector, type Hit } from './occurrences';
import { fixAt, matchCase } from './text-fix';

const CHECK = 'exclusionary';
/** Distinct terms listed as findings; the rest are counted in one finding. */
export const MAX_TERM_FINDINGS = 20;

const pluralize = (phrase: string) => `${phrase}s`;

/** The lexicon's categories, each with its own message (`exclusionary.message.<category>`). */
type ExclusionaryCategory = 'cliche' | 'age' | 'gendered' | 'ability' | 'origin';

export const termFindingId = (termId: string) => `${CHECK}:term:${termId}`;

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
    return { fix: fixAt(field, text, start, next.end, replacement), replacement };
  }
  const asModifier = term.modifier !== undefined && isRoleNoun(next?.word);
  const base = asModifier ? term.modifier! : term.alternatives[0]!;
  const replacement = matchCase(plural && !asModifier ? pluralize(base) : base, matched);
  return { fix: fixAt(field, text, start, end, replacement), replacement };
}

// The alternatives are English words for an English posting: quoted, never translated.
function suggestionFor(messages: CheckMessages, term: ExclusionaryTerm, replacement: string | undefined): string {
  const { alternatives } = term;
  if (replacement) {
    const others = alternatives.slice(1).map(messages.quote);
    const quoted = messages.quote(replacement);
    return others.length
      ? messages.t('exclusionary.tryOr', { replacement: quoted, others: others.join(', ') })
      : messages.t('exclusionary.try', { replacement: quoted });
  }
  return messages.t('exclusionary.instead', {
    alternatives: alternatives.length === 1 ? alternatives[0]! : messages.orList(alternatives.map(messages.quote)),
  });
}

interface TermHits {
  term: ExclusionaryTerm;
  matched: string;
  collector: OccurrenceCollector;
  replacement?: string;
}

/** Clichés, age-coded, gendered, ability-coded and origin-coded terms: one finding a term, marked in place. */
export function checkExclusionary({ text, messages }: CheckContext): CheckFinding[] {
  const byTerm = new Map<string, TermHits>();
  for (const { field, text: value } of text.fields) {
    for (const match of value.matchAll(termPattern)) {
      const compiled = lookupTerm(match[0]);
      if (!compiled) continue;
      const start = match.index;
      const end = start + match[0].length;
      const { term } = compiled;
      if (isExcusedByContext(term, value, start, end)) continue;
      let hits = byTerm.get(term.id);
      if (!hits) {
        hits = { term, matched: match[0], collector: new OccurrenceCollector() };
        byTerm.set(term.id, hits);
      }
      const entry = hits;
      // The fix is built only for the occurrences listed: cost stays linear in the text.
      entry.collector.add((): Hit => {
        const proposed = fixFor(compiled, field, value, start, end);
        entry.replacement ??= proposed?.replacement;
        return { field, text: value, start, end, ...(proposed ? { fix: proposed.fix } : {}) };
      }, field);
    }
  }
  const entries = [...byTerm.values()];
  const findings = entries.map(({ term, matched, collector, replacement }): CheckFinding => {
    const { occurrences, more, total } = collector.result();
    const category = exclusionaryLexicon.categories[term.category]!;
    const categoryKey = term.category as ExclusionaryCategory;
    const source = exclusionaryLexicon.sources[term.source];
    const first = occurrences[0]!;
    return {
      id: termFindingId(term.id),
      check: CHECK,
      severity: category.severity,
      message: messages.t(`exclusionary.message.${categoryKey}`, { term: messages.quote(matched), count: total }),
      suggestion: suggestionFor(messages, term, replacement),
      details: { why: messages.t(`exclusionary.why.${term.id}`), ...(source ? { sources: [source] } : {}) },
      field: first.field,
      excerpt: first.excerpt,
      ...(first.fix ? { fix: first.fix } : {}),
      occurrences,
      ...(more > 0 ? { more } : {}),
    };
  });
  return capped(findings, MAX_TERM_FINDINGS, (count) => ({
    id: `${CHECK}:more-terms`,
    check: CHECK,
    severity: 'warning',
    message: messages.t('exclusionary.more', { count }),
    suggestion: messages.t('exclusionary.more.suggestion'),
  }));
}
