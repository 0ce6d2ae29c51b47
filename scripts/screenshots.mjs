import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:3100';
const pages = (process.env.PAGES ?? '/,/skills').split(',');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 375, height: 812 }],
]) {
  const page = await browser.newPage({ viewport });
  for (const p of pages) {
    await page.goto(base + p, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const file = `screenshots/${name}${p.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file, await page.evaluate(() => document.documentElement.scrollWidth));
  }
}
await browser.close();
