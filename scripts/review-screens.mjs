// Screenshots of the review feature (desktop and 375 px) into docs/: the reviewer's page with comments,
// a verdict and "changed since you last commented", and the author's builder (thread by the field, verdicts).
// Against a running production server: `BASE=http://127.0.0.1:3160 node scripts/review-screens.mjs`.
import { DESKTOP_AND_PHONE, launchScreenBrowser } from './screen-browser.mjs';
import { createPostingOn, createReviewLinkOn } from './server-postings.mjs';
import { exampleDraft } from '../lib/shared/draft/example-draft.ts';

const base = process.env.BASE ?? 'http://127.0.0.1:3160';
const json = { 'content-type': 'application/json' };
async function api(path, init) {
  const res = await fetch(`${base}${path}`, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

const posting = await createPostingOn(base, exampleDraft);
const { id, editToken, editUrl } = posting;
const owner = { authorization: `Bearer ${editToken}` };
const { reviewToken, reviewUrl } = await createReviewLinkOn(base, posting);
const reviewer = { ...json, authorization: `Bearer ${reviewToken}` };
const comment = (section, body, author, quote) =>
  api(`/api/postings/${id}/comments`, {
    method: 'POST',
    headers: reviewer,
    body: JSON.stringify({ version: 1, section, body, author, ...(quote ? { quote } : {}) }),
  });
await comment(
  'requirements',
  'Four years of API work will put off strong mid-level people. Would two do?',
  'Priya',
  'APIs (4+ years)',
);
await comment('pay', 'The range matches our band for this level. Fine by me.', 'Sam');
await comment('benefits', 'Add the learning budget (1,500 USD a year) — candidates ask about it.', 'Priya');
await api(`/api/postings/${id}/reviews`, {
  method: 'POST',
  headers: reviewer,
  body: JSON.stringify({
    version: 1,
    verdict: 'changes',
    author: 'Priya',
    note: 'Lower the API years, then it is good to go.',
  }),
});
const edited = {
  ...exampleDraft,
  skills: exampleDraft.skills.map((s) => (s.id === 'apis' ? { ...s, years: 2 } : s)),
  benefits: [...exampleDraft.benefits, 'Learning budget of 1,500 USD a year'],
};
await api(`/api/postings/${id}`, {
  method: 'PUT',
  headers: { ...owner, ...json, 'if-match': '"1"' },
  body: JSON.stringify(edited),
});

const browser = await launchScreenBrowser();
for (const [name, viewport] of DESKTOP_AND_PHONE) {
  const context = await browser.newContext({ viewport });
  await context.addCookies([{ name: 'pw_reviewer', value: 'Priya', url: base }]);
  const page = await context.newPage();
  await page.goto(reviewUrl);
  await page.screenshot({ path: `docs/screenshot-review-page-${name}.png`, fullPage: true });

  // The author opens the edit link: the builder loads the shared posting and its review.
  const author = await browser.newContext({ viewport });
  const build = await author.newPage();
  await build.goto(editUrl);
  await build.getByText(/Editing the shared posting/).waitFor();
  await build.goto(`${base}/build?step=skills`);
  await build.locator('[data-review-thread="requirements"]').waitFor();
  await build.waitForTimeout(800);
  await build.screenshot({ path: `docs/screenshot-review-author-thread-${name}.png`, fullPage: name === 'desktop' });
  await build.goto(`${base}/build?step=review`);
  await build.getByText('Changes requested on v1 by Priya').waitFor();
  await build.getByRole('heading', { name: 'Comments and approval' }).scrollIntoViewIfNeeded();
  await build.waitForTimeout(500);
  await build.screenshot({ path: `docs/screenshot-review-author-verdicts-${name}.png` });
  await context.close();
  await author.close();
}
await browser.close();
console.log('docs/screenshot-review-*.png written');
