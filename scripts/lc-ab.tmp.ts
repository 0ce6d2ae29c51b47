import { getRoleCatalog } from '/work/wt-lang-checks/lib/catalog';
import { runChecks as runNew } from '/work/wt-lang-checks/lib/checks';
import { runChecks as runBase } from '/tmp/lc-base/lib/checks';
import { hostileDrafts } from '/work/wt-lang-checks/lib/checks/hostile-drafts';
import { exampleDraft } from '/work/wt-lang-checks/lib/draft/example-draft';
const catalog = getRoleCatalog(exampleDraft.roleId)!;
const drafts = { example: exampleDraft, ...hostileDrafts };
const variants: [string, (d: any) => unknown][] = [
  ['base', (d) => runBase(d, { catalog } as never)],
  ['en', (d) => runNew(d, { catalog, lang: 'en' })],
  ['de', (d) => runNew(d, { catalog, lang: 'de' })],
  ['fr', (d) => runNew(d, { catalog, lang: 'fr' })],
];
for (const [name, d] of Object.entries(drafts)) {
  const mins: Record<string, number[]> = {};
  for (const [v, run] of variants) { for (let i = 0; i < 10; i++) run(d); mins[v] = []; }
  for (let round = 0; round < 60; round++) {
    for (const [v, run] of variants) { const t = performance.now(); run(d); mins[v]!.push(performance.now() - t); }
  }
  const stat = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return `min ${s[0]!.toFixed(2)} p25 ${s[15]!.toFixed(2)}`; };
  console.log(name.padEnd(15), variants.map(([v]) => `${v}: ${stat(mins[v]!)}`).join(' | '));
}
