// Screenshots of the four main pages at 1280 px and 375 px, into docs/ (the README shows them).
// Usage: BASE=http://127.0.0.1:3440 node scripts/screenshots.mjs  (a running production server)
import { launchScreenBrowser } from './screen-browser.mjs';
import { createPostingOn } from './server-postings.mjs';
import { tsImport } from 'tsx/esm/api';

const base = process.env.BASE ?? 'http://127.0.0.1:3100';
const out = process.env.OUT ?? 'docs';
// The spec's example draft, as the API and the builder's storage take it.
const { exampleDraft } = await tsImport('../lib/shared/draft/example-draft.ts', import.meta.url);
const { fromDraft } = await tsImport('../lib/shared/draft/form-values.ts', import.meta.url);

const sharePath = `/p/${(await createPostingOn(base, exampleDraft)).id}`;

const pages = [
  ['home', '/'],
  ['skills', '/skills'],
  ['share', sharePath],
  ['build', '/build?step=skills'],
];
const browser = await launchScreenBrowser(['--no-first-run', '--disable-quic', '--disable-dev-shm-usage']);
try {
  for (const [width, height] of [
    [1280, 900],
    [375, 812],
  ]) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    // The builder restores what this browser was writing: give it the example posting.
    await page.goto(base + '/skills');
    await page.evaluate((values) => {
      localStorage.setItem(
        'postwright:draft:v1',
        JSON.stringify({ values, furthestStep: 6, savedAt: new Date().toISOString() }),
      );
    }, fromDraft(exampleDraft));
    for (const [name, path] of pages) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      if (name === 'build') await page.locator('[data-ready="true"]').waitFor();
      const file = `${out}/screenshot-${name}-${width}.png`;
      await page.screenshot({ path: file });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(file, overflow > 0 ? `OVERFLOWS by ${overflow}px` : 'fits');
    }
    await context.close();
  }
} finally {
  await browser.close();
}
