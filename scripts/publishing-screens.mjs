// Screenshots of the public job pages for the README: /jobs and /jobs/{id} at desktop (1280) and 375 px.
// Usage: start the production server (BASE, default http://127.0.0.1:3470), then `node scripts/publishing-screens.mjs`.
// It publishes three example postings on that server (the last with an uploaded logo and an accent colour) and
// writes docs/screenshots/jobs-list-{desktop,375}.png, docs/screenshots/job-page-{desktop,375}.png and the
// job's Open Graph card, docs/screenshots/og-card.png.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { launchScreenBrowser } from './screen-browser.mjs';
import { createPostingOn, publishOn } from './server-postings.mjs';
// Node strips the types: the example draft is read straight from lib/.
import { exampleDraft as example } from '../lib/shared/draft/example-draft.ts';

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
// The employer's logo, uploaded as the builder uploads it (the server stores a cleaned copy), then saved in
// the draft and published.
const withLogo = { ...example, company: { ...example.company, accentColor: '#0b3d2e' } };
const posting = await createPostingOn(base, withLogo);
const auth = { authorization: `Bearer ${posting.editToken}` };
const uploaded = await fetch(`${base}/api/postings/${posting.id}/logo`, {
  method: 'PUT',
  headers: { ...auth, 'content-type': 'image/png' },
  body: await readFile(new URL('../public/apple-touch-icon.png', import.meta.url)),
});
if (uploaded.status !== 201) throw new Error(`logo upload: ${uploaded.status} ${await uploaded.text()}`);
const { logoUrl } = await uploaded.json();
const saved = await fetch(`${base}/api/postings/${posting.id}`, {
  method: 'PUT',
  headers: { ...auth, 'content-type': 'application/json', 'if-match': '"1"' },
  body: JSON.stringify({ ...withLogo, company: { ...withLogo.company, logoUrl } }),
});
if (saved.status !== 200) throw new Error(`saving the logo: ${saved.status} ${await saved.text()}`);
await publishOn(base, posting);
const { id } = posting;

await mkdir('docs/screenshots', { recursive: true });
const browser = await launchScreenBrowser(['--no-first-run', '--disable-quic']);
for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['375', { width: 375, height: 812 }],
]) {
  const page = await browser.newPage({ viewport });
  for (const [path, file] of [
    ['/jobs', `docs/screenshots/jobs-list-${name}.png`],
    [`/jobs/${id}`, `docs/screenshots/job-page-${name}.png`],
  ]) {
    await page.goto(base + path, { waitUntil: 'load' });
    await page.screenshot({ path: file, fullPage: name !== 'desktop' });
    console.log(file, 'scroll width', await page.evaluate(() => document.documentElement.scrollWidth));
  }
}
const card = await fetch(`${base}/jobs/${id}/card.png`);
await writeFile('docs/screenshots/og-card.png', Buffer.from(await card.arrayBuffer()));
console.log('docs/screenshots/og-card.png', card.status, card.headers.get('content-type'));
console.log('job id', id);
await browser.close();
