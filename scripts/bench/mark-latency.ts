import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { armKeyToFrame } from './key-to-frame';
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
      const latency = await armKeyToFrame(
        page,
        '__markLatency',
        `[...document.querySelectorAll('[data-field-marks="job.summary"] mark')].some((mark) => mark.textContent === 'rockstar')`,
        'rockstar was never marked',
      );
      await summary.pressSequentially('rockstar');
      const ms = await latency();
      if (i >= 3) timings.push(ms);
    }
    return summarize(timings);
  } finally {
    await browser.close();
  }
}
