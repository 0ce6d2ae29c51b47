import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { armKeyToFrame } from './key-to-frame';
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
      const expected = `Back End Developer ${marker}`;
      const latency = await armKeyToFrame(
        page,
        '__previewLatency',
        `document.querySelector('[data-testid="preview"]')?.textContent?.includes(${JSON.stringify(expected)})`,
        `preview never showed ${expected}`,
      );
      await title.fill('Back End Developer ');
      await title.pressSequentially(marker);
      const ms = await latency();
      if (i >= 3) timings.push(ms);
    }
    return summarize(timings);
  } finally {
    await browser.close();
  }
}
