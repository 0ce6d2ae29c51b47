import type { Draft } from '../../lib/shared/draft/draft-schema';
import { LANGUAGE_DRAFTS } from '../../lib/server/render/__fixtures__/language-drafts';
import { renderHtml, renderMarkdown, renderText } from '../../lib/server/render';
import type { BudgetKey } from './budgets';
import { timeIt } from './stats';

/** Render timings per posting language (de, fr, es, nl), on a full draft written in that language, in-process. */
export async function benchRenderLanguages() {
  const results: Record<string, { markdown: unknown; html: unknown; text: unknown }> = {};
  const figures: Partial<Record<BudgetKey, number>> = {};
  for (const [language, draft] of Object.entries(LANGUAGE_DRAFTS) as [keyof typeof LANGUAGE_DRAFTS, Draft][]) {
    const markdown = await timeIt(() => renderMarkdown(draft), { iterations: 1000 });
    const html = await timeIt(() => renderHtml(draft), { iterations: 1000 });
    const text = await timeIt(() => renderText(draft), { iterations: 1000 });
    results[language] = { markdown, html, text };
    figures[`render.${language}.markdown.p50Ms`] = markdown.p50Ms;
    figures[`render.${language}.html.p50Ms`] = html.p50Ms;
    figures[`render.${language}.text.p50Ms`] = text.p50Ms;
  }
  return { results, figures };
}
