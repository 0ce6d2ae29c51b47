import '#server-only';
import { getRoleCatalog } from '../../shared/catalog';
import { runChecks, type CheckResult } from '../../shared/checks';
import type { Draft, Language } from '../../shared/draft/draft-schema';
import { renderFormat, renderText } from '.';

/** What the builder's preview and checks panels show for a draft: the same as `/api/render` and `/api/checks`. */
export interface LivePreview extends CheckResult {
  /** The draft these were made from. */
  draft: Draft;
  /** The sanitized posting fragment. */
  html: string;
}

/**
 * Every check on a draft, with the catalog of its role and the posting's rendered text, said in `lang`
 * (the reader's language): `/api/checks`.
 */
export function liveChecks(draft: Draft, lang: Language = 'en'): CheckResult {
  return runChecks(draft, { catalog: getRoleCatalog(draft.roleId)!, renderedText: renderText(draft), lang });
}

export async function livePreview(draft: Draft, lang: Language = 'en'): Promise<LivePreview> {
  const rendered = await renderFormat(draft, 'html', {});
  return { draft, html: String(rendered.body), ...liveChecks(draft, lang) };
}
