import type { Page } from '@playwright/test';
import { STORAGE_KEYS } from '../../lib/browser/storage/browser-storage';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { fromDraft } from '../../lib/shared/draft/form-values';

/**
 * Leaves the finished example posting in this browser's builder storage, as if written there up to the review
 * step (building it step by step is the builder journeys' job). It is stored from a page other than the
 * builder: an open builder would save its own form over it on pagehide.
 */
export async function storeExampleDraft(page: Page, from = '/') {
  await page.goto(from);
  await page.evaluate(
    ([key, values]) => {
      localStorage.setItem(key, JSON.stringify({ values, furthestStep: 6, savedAt: new Date().toISOString() }));
    },
    [STORAGE_KEYS.autosave, fromDraft(exampleDraft)] as const,
  );
}
