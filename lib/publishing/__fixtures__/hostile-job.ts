import type { Draft } from '../../draft/draft-schema';
import { validateDraft } from '../../draft/validate-draft';
import { exampleDraft } from '../../draft/example-draft';
import type { PublishedJob } from '../../posting-store/publishing-store';

// Text that breaks naive XML and HTML: markup, entities, a CDATA terminator, every control character XML 1.0
// forbids, a lone surrogate, U+FFFE/U+FFFF, right-to-left marks and emoji. Each field of the draft gets some.
const CONTROLS = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code))
  .filter((ch) => ch !== '\t' && ch !== '\n' && ch !== '\r')
  .join('');
export const HOSTILE = `<script>alert(1)</script> ]]> <![CDATA[x]]> &amp; &#0; &lt; "q" 'a' ${CONTROLS} \uD800 \uFFFE\uFFFF \u202Eevil \u0085 🚀 {{ 7*7 }}`;

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
