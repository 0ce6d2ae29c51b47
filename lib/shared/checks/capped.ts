/**
 * At most `max` findings of one kind; the rest become one finding that says how many more there are,
 * so no draft can make a check answer with an unbounded list.
 */
export function capped<T>(findings: T[], max: number, more: (count: number) => T): T[] {
  return findings.length <= max ? findings : [...findings.slice(0, max), more(findings.length - max)];
}
