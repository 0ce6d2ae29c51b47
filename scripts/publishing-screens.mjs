// Screenshots of the public job pages for the README: /jobs and /jobs/{id} at desktop and phone width.
// Usage: start the production server (BASE, default http://127.0.0.1:3470), then `node scripts/publishing-screens.mjs`.
// It publishes three example postings on that server and writes docs/screenshot-jobs*.png.
import { launchScreenBrowser } from './screen-browser.mjs';
import { createPostingOn, publishOn } from './server-postings.mjs';
// Node strips the types: the example draft is read straight from lib/.
import { exampleDraft as example } from '../lib/draft/example-draft.ts';

const base = process.env.BASE ?? 'http://127.0.0.1:3470';

async function publish(draft) {
  const posting = await createPostingOn(base, draft);
  await publishOn(base, posting);
  return posting.id;
}

await publish({
  ...example,
  job: {
    ...example.job,
    title: 'Platform Engineer (Go)',
    workplace: 'remote',
    location: undefined,
    remoteCountries: ['DE', 'NL'],
  },
  compensation: { currency: 'EUR', min: 80000, max: 95000, period: 'YEAR' },
});
await publish({ ...example, job: { ...example.job, title: 'Back End Developer', seniority: 'mid' } });
const id = await publish(example);

const browser = await launchScreenBrowser(['--no-first-run', '--disable-quic']);
for (const [name, viewport] of [
  ['', { width: 1280, height: 900 }],
  ['-phone', { width: 375, height: 812 }],
]) {
  const page = await browser.newPage({ viewport });
  for (const [path, file] of [
    ['/jobs', `docs/screenshot-jobs${name}.png`],
    [`/jobs/${id}`, `docs/screenshot-job${name}.png`],
  ]) {
    await page.goto(base + path, { waitUntil: 'load' });
    await page.screenshot({ path: file, fullPage: name === '' ? false : true });
    console.log(file, 'scroll width', await page.evaluate(() => document.documentElement.scrollWidth));
  }
}
await browser.close();
