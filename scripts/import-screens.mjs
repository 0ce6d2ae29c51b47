// Screenshots of "Start from an existing posting": the paste screen and the review screen, at 1280 px and
// 375 px, into docs/ (the README shows them). The review screen is of a real posting, read by the real
// POST /api/import, with one line moved and one left out.
// Usage: BASE=http://127.0.0.1:3208 node scripts/import-screens.mjs  (a running production server)
import { readFileSync } from 'node:fs';
import { DESKTOP_AND_PHONE, launchScreenBrowser } from './screen-browser.mjs';

const base = process.env.BASE ?? 'http://127.0.0.1:3100';
const out = process.env.OUT ?? 'docs';
const posting = readFileSync(new URL('../e2e/fixtures/real-posting-08.source.md', import.meta.url), 'utf8');

const browser = await launchScreenBrowser(['--no-first-run', '--disable-quic', '--disable-dev-shm-usage']);
try {
  for (const [name, viewport] of DESKTOP_AND_PHONE) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${base}/import`, { waitUntil: 'networkidle' });
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByLabel('Paste the posting').fill(posting);
    await shoot(page, `${out}/screenshot-import-paste-${name}.png`);

    await page.getByRole('button', { name: 'Read the pasted posting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check where each line went' }).waitFor();
    const row = (text) => page.getByRole('listitem').filter({ has: page.locator('p[id$="-text"]', { hasText: text }) });
    const moved = row('Technologies - EC2, S3, Redshift');
    await moved.getByLabel(/^Goes to/).selectOption('responsibilities');
    const leftOut = row('AWS, open-source tooling, and custom-built frameworks.');
    await leftOut.getByRole('button', { name: /^Leave out/ }).click();
    // The top of the screen (what is missing, the first lines, the sticky actions), then the left-out line
    // and, below it, the moved one.
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, `${out}/screenshot-import-review-${name}.png`);
    await leftOut.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(page, `${out}/screenshot-import-review-moved-${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
}

async function shoot(page, file) {
  await page.screenshot({ path: file });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(file, overflow > 0 ? `OVERFLOWS by ${overflow}px` : 'fits');
}
