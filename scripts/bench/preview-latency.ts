import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { summarize } from './stats';

/**
 * Keystroke to screen in the builder's live preview: the time from the key event of the last character
 * typed into the job title to the first painted frame whose preview shows the new title. Measured in the
 * page (performance.now), over `samples` edits, after a warm-up.
 */
export async function measurePreviewLatency(baseUrl: string, samples = 30) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/build`, { waitUntil: 'networkidle' });
    const title = page.getByLabel(/^Job title/);
    await title.fill('Back End Developer');
    await page.getByTestId('preview').getByText('Back End Developer').first().waitFor();
    const timings: number[] = [];
    for (let i = 0; i < samples + 3; i++) {
      const marker = `Q${i}z`;
      // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
      await page.evaluate(`window.__previewLatency = new Promise((resolve, reject) => {
        const expected = ${JSON.stringify(`Back End Developer ${marker}`)};
        let keyAt = 0;
        const onKey = () => (keyAt = performance.now());
        document.addEventListener('keydown', onKey, { capture: true });
        const seen = () => document.querySelector('[data-testid="preview"]')?.textContent?.includes(expected);
        const observer = new MutationObserver(() => {
          if (!keyAt || !seen()) return;
          observer.disconnect();
          document.removeEventListener('keydown', onKey, { capture: true });
          // The frame after the DOM change is the one that shows it.
          requestAnimationFrame(() => resolve(performance.now() - keyAt));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => reject(new Error('preview never showed ' + expected)), 5000);
      }); undefined`);
      await title.fill('Back End Developer ');
      await title.pressSequentially(marker);
      const ms = (await page.evaluate('window.__previewLatency')) as number;
      if (i >= 3) timings.push(ms);
    }
    return summarize(timings);
  } finally {
    await browser.close();
  }
}
