import { describe, expect, it } from 'vitest';
import { collapse, htmlTextRuns, valuesMissingFrom } from '../../../test/publishing/json-ld-visible-values';
import type { Draft } from '../../shared/draft/draft-schema';
import { exampleDraft, minimalDraft } from '../../shared/draft/example-draft';
import { remoteDraft, SAMPLE_DRAFTS } from '../render/__fixtures__/drafts';
import { validateJobPostingJsonLd } from '../render/json-ld-validate';
import { hostileDraft, publishedJob } from './__fixtures__/hostile-job';
import { buildJobPageModel } from './job-page';

const base = 'https://jobs.example';

/** What the page shows in words: the posting body's text and every fact. */
function visibleText(draft: Draft) {
  const model = buildJobPageModel(publishedJob('job-1', draft), base);
  const facts = model.facts.map((fact) => `${fact.label} ${fact.text}`);
  return { model, text: collapse([...htmlTextRuns(model.bodyHtml), ...facts].join(' ')) };
}

const drafts: [string, Draft][] = [...Object.entries(SAMPLE_DRAFTS), ['hostile', hostileDraft]];

describe('the public job page', () => {
  it.each(drafts)('%s: JSON-LD for the canonical URL, posted on the day it went public', (_, draft) => {
    const { model } = visibleText(draft);
    expect(model.canonicalUrl).toBe('https://jobs.example/jobs/job-1');
    expect(model.jsonLd).toMatchObject({ url: model.canonicalUrl, datePosted: '2026-06-01' });
    if (draft.apply.closingDate) expect(model.jsonLd.validThrough).toBe(`${draft.apply.closingDate}T23:59:59`);
  });

  it.each(drafts.filter(([name]) => name !== 'minimal' && name !== 'hostile'))(
    '%s: JSON-LD passes the Google rules',
    (_, draft) => {
      expect(validateJobPostingJsonLd(visibleText(draft).model.jsonLd, { recommended: false })).toEqual([]);
    },
  );

  it('hostile: the one Google problem is a title that looks like markup (it is the literal text typed)', () => {
    expect(validateJobPostingJsonLd(visibleText(hostileDraft).model.jsonLd, { recommended: false })).toEqual([
      'title must be plain text, not HTML',
    ]);
  });

  it('a remote job without applicant countries fails Google, as its readiness row says', () => {
    expect(validateJobPostingJsonLd(visibleText(minimalDraft).model.jsonLd, { recommended: false })).toEqual([
      'applicantLocationRequirements needs at least one Country for a TELECOMMUTE job',
    ]);
  });

  it.each(drafts)('%s: every JSON-LD value is visible on the page', (_, draft) => {
    const { model, text } = visibleText(draft);
    expect(valuesMissingFrom(text, model.jsonLd)).toEqual([]);
  });

  it('the check can fail: a value the page does not show is reported', () => {
    const { model, text } = visibleText(exampleDraft);
    const withExtra = { ...model.jsonLd, skills: ['Cobol on punched cards'] };
    expect(valuesMissingFrom(text, withExtra)).toEqual(['skills[0]: Cobol on punched cards']);
    expect(() => valuesMissingFrom(text, { ...model.jsonLd, industry: 'x' })).toThrow(/No visible form/);
  });

  it('shows the pay with its currency, and a remote job’s applicant countries', () => {
    const { model } = visibleText(remoteDraft);
    const fact = (label: string) => model.facts.find((f) => f.label === label)?.text;
    expect(fact('Pay')).toBe('$60 – $75 per hour (USD)');
    expect(fact('Applicants may live in')).toBe('United States, Canada, Mexico');
    expect(fact('Location')).toBe('Remote (United States, Canada, Mexico)');
  });

  it('keeps hostile text out of the JSON-LD script and the markup', () => {
    const { model } = visibleText(hostileDraft);
    expect(model.jsonLdScript).not.toMatch(/<\/script/i);
    expect(model.jsonLdScript).not.toContain('<');
    expect(model.bodyHtml).not.toContain('<script>');
    expect(JSON.parse(model.jsonLdScript)).toEqual(model.jsonLd);
  });
});
