// Liang's hyphenation (TeX's), walking the pattern tries of the `hyphen` package (ISC). Ported rather than
// called: the package's hyphenator keeps every word it has seen in caches that never shrink, which a public
// endpoint fed distinct words would grow without bound, and reads text a character at a time through
// regular expressions. This walks one lowercased word and returns where it may break, nothing more.

/** A trie node as the package stores it: a child map, a levels index, or both as `[child, index]`. */
type TrieNode = { [letter: string]: TrieEntry };
type TrieEntry = TrieNode | number | [TrieNode, number];

/** The package's pattern data: the level vectors, then the trie whose leaves point into them. */
export type HyphenPatterns = [levels: number[][], trie: TrieNode, exceptions?: Record<string, number[]>];

/**
 * The offsets (1 … word.length − 1) before which `lower` may be broken, the package's hyphenmins applied
 * (no break in the first two or last two letters); `lower` is already lowercase.
 */
export function breakPoints(lower: string, [levelsTable, trie, exceptions]: HyphenPatterns): number[] {
  const known = exceptions?.[lower];
  if (known) return known;
  const dotted = `.${lower}.`;
  const levels = new Array<number>(lower.length + 1).fill(0);
  for (let from = 0; from < dotted.length - 2; from++) {
    // The package aligns the patterns that start at the leading dot and at the first letter alike.
    const offset = Math.max(0, from - 1);
    let node: TrieNode | undefined = trie;
    for (let i = from; i < dotted.length && node; i++) {
      const entry: TrieEntry | undefined = node[dotted[i]!];
      if (entry === undefined) break;
      let index = -1;
      if (typeof entry === 'number') {
        index = entry;
        node = undefined;
      } else if (Array.isArray(entry)) {
        node = entry[0];
        index = entry[1];
      } else {
        node = entry;
      }
      if (index < 0) continue;
      const pattern = levelsTable[index]!;
      for (let k = 0; k < pattern.length; k++) {
        const at = offset + k;
        if (pattern[k]! > levels[at]!) levels[at] = pattern[k]!;
      }
    }
  }
  levels[0] = levels[1] = levels[levels.length - 1] = levels[levels.length - 2] = 0;
  const points: number[] = [];
  for (let i = 0; i < levels.length; i++) if (levels[i]! & 1) points.push(i);
  return points;
}
