import { describe, expect, it } from 'vitest';
import { getRoleCatalog } from '../../shared/catalog';
import { runChecks } from '../../shared/checks';
import { exampleDraft } from '../../shared/draft/example-draft';
import { renderHtml, renderText } from '.';
import { livePreview } from './live-preview';

describe('livePreview', () => {
  it('is what the render and checks endpoints give for the same draft', async () => {
    const preview = await livePreview(exampleDraft);
    expect(preview.html).toBe(renderHtml(exampleDraft));
    const checks = runChecks(exampleDraft, {
      catalog: getRoleCatalog(exampleDraft.roleId)!,
      renderedText: renderText(exampleDraft),
    });
    expect(preview.findings).toEqual(checks.findings);
    expect(preview.score).toEqual(checks.score);
    expect(preview.html).toContain(exampleDraft.job.title);
  });
});
