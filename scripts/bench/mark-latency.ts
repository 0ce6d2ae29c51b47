import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { summarize } from './stats';

/**
 * Keystroke to mark in the builder: the time from the key event of the last letter of a flagged word typed
 * into the summary to the first painted frame that marks it in the field (the checks' round trip included).
 * Measured in the page (performance.now), over `samples` words, after a warm-up. Was an e2e assertion
 * (within 500 ms); a timing belongs here.
 */
export async function measureMarkLatency(baseUrl: string, samples = 20) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/build`, { waitUntil: 'networkidle' });
    await page.locator('[data-ready="true"]').waitFor();
    const summary = page.getByLabel('Summary of the role');
    const marks = page.locator('[data-field-marks="job.summary"] mark');
    const timings: number[] = [];
    for (let i = 0; i < samples + 3; i++) {
      await summary.fill(`We want an engineer ${i} to own our APIs, a `);
      await marks.first().waitFor({ state: 'detached' });
      // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
      await page.evaluate(`window.__markLatency = new Promise((resolve, reject) => {
        let keyAt = 0;
        const onKey = () => (keyAt = performance.now());
        document.addEventListener('keydown', onKey, { capture: true });
        const marked = () => [...document.querySelectorAll('[data-field-marks="job.summary"] mark')]
          .some((mark) => mark.textContent === 'rockstar');
        const observer = new MutationObserver(() => {
          if (!keyAt || !marked()) return;
          observer.disconnect();
          document.removeEventListener('keydown', onKey, { capture: true });
          requestAnimationFrame(() => resolve(performance.now() - keyAt));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => reject(new Error('rockstar was never marked')), 5000);
      }); undefined`);
      await summary.pressSequentially('rockstar');
      const ms = (await page.evaluate('window.__markLatency')) as number;
      if (i >= 3) timings.push(ms);
    }
    return summarize(timings);
  } finally {
    await browser.close();
  }
}
