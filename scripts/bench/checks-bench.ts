import { getRoleCatalog } from '../../lib/shared/catalog';
import { runChecks } from '../../lib/shared/checks';
import { hostileDrafts, withEveryFindingDismissed } from '../../test/support/hostile-drafts';
import { LANGUAGES } from '../../lib/shared/draft/draft-schema';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { round, summarize } from './stats';

/** POSTs one draft to /api/checks `iterations` times in a row (after a warm-up): latency and answer size. */
async function timeChecks(baseUrl: string, body: string, iterations: number, lang = 'en') {
  let bytes = 0;
  const post = async () => {
    const response = await fetch(`${baseUrl}/api/checks?lang=${lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (!response.ok) throw new Error(`/api/checks answered ${response.status}`);
    bytes = (await response.arrayBuffer()).byteLength;
  };
  for (let i = 0; i < 10; i++) await post();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await post();
    samples.push(performance.now() - start);
  }
  return { ...summarize(samples), responseKb: round(bytes / 1024, 1) };
}

/** Each hostile draft as it is, and with every finding it gets dismissed (a dismissal echoes its reason). */
function benchDrafts() {
  const catalog = getRoleCatalog(exampleDraft.roleId)!;
  return Object.entries(hostileDrafts).flatMap(([name, draft]) => {
    const ids = runChecks(draft, { catalog }).findings.map((f) => f.id);
    return [
      [name, draft],
      [`${name}AllDismissed`, withEveryFindingDismissed(draft, ids)],
    ] as const;
  });
}

/**
 * POST /api/checks on the full example and on every hostile draft (fields at their maximum, packed with
 * what costs the checks most), also with all its findings dismissed, with the findings said in each
 * language (`?lang=`: German and French say more than English); the worst case is the slowest p50 and the
 * largest answer among them all.
 */
export async function benchChecksHttp(baseUrl: string, { iterations = 40 } = {}) {
  const example = await timeChecks(baseUrl, JSON.stringify(exampleDraft), iterations);
  const drafts: Record<string, Awaited<ReturnType<typeof timeChecks>>> = {};
  const byLanguage: Record<string, { p50Ms: number; responseKb: number }> = {};
  for (const lang of LANGUAGES) {
    const inLanguage: Awaited<ReturnType<typeof timeChecks>>[] = [];
    for (const [name, draft] of benchDrafts()) {
      const timed = await timeChecks(baseUrl, JSON.stringify(draft), iterations, lang);
      drafts[lang === 'en' ? name : `${name}.${lang}`] = timed;
      inLanguage.push(timed);
    }
    byLanguage[lang] = {
      p50Ms: Math.max(...inLanguage.map((d) => d.p50Ms)),
      responseKb: Math.max(...inLanguage.map((d) => d.responseKb)),
    };
  }
  const all = Object.values(drafts);
  return {
    example,
    hostile: drafts,
    worstCaseByLanguage: byLanguage,
    worstCase: {
      p50Ms: Math.max(...all.map((d) => d.p50Ms)),
      responseKb: Math.max(...all.map((d) => d.responseKb)),
    },
  };
}
