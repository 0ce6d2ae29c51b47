// Screenshots of every builder step (desktop and 375 px) with the example draft loaded: `node scripts/builder-screens.mjs`.
import { DESKTOP_AND_PHONE, launchScreenBrowser } from './screen-browser.mjs';
import { mkdirSync } from 'node:fs';

const base = process.env.BASE ?? 'http://127.0.0.1:3100';
const steps = ['role', 'company', 'skills', 'responsibilities', 'pay', 'apply', 'review'];
const values = JSON.parse(process.env.VALUES ?? 'null');
mkdirSync('screenshots', { recursive: true });
const browser = await launchScreenBrowser();
for (const [name, viewport] of DESKTOP_AND_PHONE) {
  const page = await browser.newPage({ viewport });
  // Stored from the home page: an open builder would save its own form over it on pagehide.
  await page.goto(`${base}/`);
  if (values)
    await page.evaluate(
      (v) => localStorage.setItem('postwright:draft:v1', JSON.stringify({ values: v, furthestStep: 6 })),
      values,
    );
  for (const step of steps) {
    await page.goto(`${base}/build?step=${step}`);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `screenshots/build-${name}-${step}.png`, fullPage: name === 'desktop' });
  }
  await page.close();
}
await browser.close();
