// Turns the 25 real postings of ../shared/data/real-postings into drafts for the checks' regression corpus
// (lib/shared/checks/__fixtures__/real-postings.json). Run again only when the data or the draft format changes:
//   npx tsx scripts/build-checks-corpus.ts [path to real-postings]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exampleDraft } from '../lib/shared/draft/example-draft';
import { draftSchema, type Draft } from '../lib/shared/draft/draft-schema';
import type { CorpusPosting } from '../lib/server/import/__fixtures__/corpus-score';

const source = process.argv[2] ?? path.join('..', 'shared', 'data', 'real-postings');

/** A real posting as a person split it: the corpus's shape (lib/server/import/__fixtures__/corpus-score.ts). */
type RealPosting = { id: string } & Omit<CorpusPosting['human'], 'full_text'>;

/** Cut to `max` characters at a word boundary: the draft's limits are shorter than some real items. */
const clip = (text: string, max: number) => {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
};

function toDraft(posting: RealPosting): Draft {
  return {
    ...exampleDraft,
    job: {
      ...exampleDraft.job,
      title: clip(posting.title, 120),
      summary: posting.summary ? clip(posting.summary, 2000) : undefined,
      department: undefined,
    },
    company: { name: clip(posting.company, 120), about: posting.about ? clip(posting.about, 3000) : undefined },
    // The draft has no requirements prose (requirements are catalog skills), so the real postings'
    // requirement lines join the responsibilities: the wording checks read every list line alike.
    responsibilities: [...posting.responsibilities, ...posting.requirements].slice(0, 25).map((r) => clip(r, 300)),
    benefits: posting.benefits.slice(0, 30).map((b) => clip(b, 200)),
    compensation: undefined,
    skills: exampleDraft.skills,
  };
}

const drafts = readdirSync(source)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const posting = JSON.parse(readFileSync(path.join(source, file), 'utf8')) as RealPosting;
    const draft = draftSchema.parse(JSON.parse(JSON.stringify(toDraft(posting))));
    return { id: posting.id, company: posting.company, draft };
  });

writeFileSync('lib/shared/checks/__fixtures__/real-postings.json', `${JSON.stringify(drafts, null, 2)}\n`);
console.log(`${drafts.length} drafts written`);
