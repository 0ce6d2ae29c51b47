import type { SharedPostingRecord } from './browser-storage';

/**
 * My postings shows a posting's language versions together. The records of this browser are grouped by the
 * versions each names (`languageVersions`, read from the server): two records are one group when either
 * names the other, or both name a third. Groups keep the list's order (the newest member's place); members
 * are in language order.
 */
export function groupLanguageVersions(records: readonly SharedPostingRecord[]): SharedPostingRecord[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const record of records) {
    find(record.id);
    for (const other of record.languageVersions ?? []) union(record.id, other);
  }
  const groups = new Map<string, SharedPostingRecord[]>();
  for (const record of records) {
    const root = find(record.id);
    const group = groups.get(root);
    if (group) group.push(record);
    else groups.set(root, [record]);
  }
  return [...groups.values()].map((group) =>
    group.length < 2 ? group : [...group].sort((a, b) => (a.language ?? '').localeCompare(b.language ?? '')),
  );
}
