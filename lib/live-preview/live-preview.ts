import '#server-only';
import { getRoleCatalog } from '../catalog';
import { runChecks, type CheckResult } from '../checks';
import type { Draft } from '../draft/draft-schema';
import { renderFormat, renderText } from '../render';

/** What the builder's preview and checks panels show for a draft: the same as `/api/render` and `/api/checks`. */
export interface LivePreview extends CheckResult {
  /** The draft these were made from. */
  draft: Draft;
  /** The sanitized posting fragment. */
  html: string;
}

export async function livePreview(draft: Draft): Promise<LivePreview> {
  const catalog = getRoleCatalog(draft.roleId)!;
  const rendered = await renderFormat(draft, 'html', {});
  const checks = runChecks(draft, { catalog, renderedText: renderText(draft) });
  return { draft, html: String(rendered.body), ...checks };
}
