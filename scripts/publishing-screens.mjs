// Screenshots of the public job pages for the README: /jobs and /jobs/{id} at desktop and phone width.
// Usage: start the production server (BASE, default http://127.0.0.1:3470), then `node scripts/publishing-screens.mjs`.
// It publishes three example postings on that server (the last with a logo and an accent colour) and writes
// docs/screenshot-jobs*.png, docs/screenshot-job*.png and the job's Open Graph card, docs/screenshot-job-card.png.
import { readFile, writeFile } from 'node:fs/promises';
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
// The logo's address is the employer's; the browser below answers it with our touch icon.
const LOGO = 'https://logo.acme.example/logo.png';
const logo = await readFile(new URL('../public/apple-touch-icon.png', import.meta.url));
const id = await publish({ ...example, company: { ...example.company, logoUrl: LOGO, accentColor: '#0b3d2e' } });

const browser = await launchScreenBrowser(['--no-first-run', '--disable-quic']);
for (const [name, viewport] of [
  ['', { width: 1280, height: 900 }],
  ['-phone', { width: 375, height: 812 }],
]) {
  const page = await browser.newPage({ viewport });
  await page.route(LOGO, (route) => route.fulfill({ body: logo, contentType: 'image/png' }));
  for (const [path, file] of [
    ['/jobs', `docs/screenshot-jobs${name}.png`],
    [`/jobs/${id}`, `docs/screenshot-job${name}.png`],
  ]) {
    await page.goto(base + path, { waitUntil: 'load' });
    await page.screenshot({ path: file, fullPage: name === '' ? false : true });
    console.log(file, 'scroll width', await page.evaluate(() => document.documentElement.scrollWidth));
  }
}
const card = await fetch(`${base}/jobs/${id}/card.png`);
await writeFile('docs/screenshot-job-card.png', Buffer.from(await card.arrayBuffer()));
console.log('docs/screenshot-job-card.png', card.status, card.headers.get('content-type'));
await browser.close();
