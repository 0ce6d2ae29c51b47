import type { Draft } from '../../../shared/draft/draft-schema';
import { validateDraft } from '../../../shared/draft/validate-draft';
import { exampleDraft } from '../../../shared/draft/example-draft';
import type { PublishedJob } from '../publishing-store';

// Text that breaks naive XML and HTML: markup, entities, a CDATA terminator, quotes, template syntax,
// non-breaking and zero-width spaces and emoji. Each field of the draft gets some. Control characters, lone
// surrogates, noncharacters and text-direction overrides are refused by the draft schema (issue 19), so a
// valid draft cannot carry them.
export const HOSTILE = `<script>alert(1)</script> ]]> <![CDATA[x]]> &amp; &#0; &lt; "q" 'a' \u00A0\u200B 🚀 {{ 7*7 }}`;

const hostile = (label: string) => `${label} ${HOSTILE}`;

export const hostileDraft: Draft = {
  ...exampleDraft,
  job: {
    ...exampleDraft.job,
    title: hostile('Title').slice(0, 120),
    location: { city: hostile('City').slice(0, 100), region: hostile('Region').slice(0, 100), country: 'US' },
    department: hostile('Dept').slice(0, 100),
    summary: hostile('Summary'),
  },
  company: {
    name: hostile('Company').slice(0, 120),
    about: hostile('About'),
    website: 'https://acme.example/?a=]]>&b=<x>',
  },
  skills: [
    { id: 'postgresql', level: 'required' },
    { id: 'custom:evil', name: hostile('Skill').slice(0, 60), level: 'preferred' },
  ],
  responsibilities: [hostile('Duty').slice(0, 300)],
  benefits: [hostile('Perk').slice(0, 200)],
  apply: { url: 'https://acme.example/apply?x=]]>&y="z"', email: 'jobs@acme.example', closingDate: '2099-12-31' },
};

// The fixture must be a draft the API would accept, or the test proves nothing.
const checked = validateDraft(hostileDraft);
if (!checked.success) throw new Error(`hostile fixture is not a valid draft: ${JSON.stringify(checked.issues)}`);

export function publishedJob(id: string, draft: Draft, overrides: Partial<PublishedJob> = {}): PublishedJob {
  return {
    id,
    version: 1,
    draft,
    firstPublishedAt: '2026-06-01T09:00:00.000Z',
    publishedAt: '2026-06-02T09:00:00.000Z',
    closesAt: draft.apply.closingDate ? `${draft.apply.closingDate}T23:59:59.999Z` : null,
    ...overrides,
  };
}
