import type { Page } from '@playwright/test';

/**
 * Arms the page to time one keystroke: from the key event of the last key typed to the first painted frame
 * after the DOM first shows what `shownExpression` (JavaScript, run in the page) tests for. Returns what
 * reads the time, in ms, once the keys are typed. A string, not a function: tsx would wrap named inner
 * functions in a helper the page lacks.
 */
export async function armKeyToFrame(page: Page, name: string, shownExpression: string, failure: string) {
  await page.evaluate(`window.${name} = new Promise((resolve, reject) => {
    let keyAt = 0;
    const onKey = () => (keyAt = performance.now());
    document.addEventListener('keydown', onKey, { capture: true });
    const shown = () => ${shownExpression};
    const observer = new MutationObserver(() => {
      if (!keyAt || !shown()) return;
      observer.disconnect();
      document.removeEventListener('keydown', onKey, { capture: true });
      // The frame after the DOM change is the one that shows it.
      requestAnimationFrame(() => resolve(performance.now() - keyAt));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => reject(new Error(${JSON.stringify(failure)})), 5000);
  }); undefined`);
  return async () => (await page.evaluate(`window.${name}`)) as number;
}
