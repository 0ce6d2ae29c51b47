import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft/draft-schema';
import { checkCompleteness } from './completeness';
import { contextFor, exampleWith, minimalWith } from '../../../test/support/test-drafts';

const ids = (draft: Draft) => checkCompleteness(contextFor(draft)).map((f) => f.id.replace('completeness:', ''));

describe('checkCompleteness', () => {
  it('finds nothing missing in the full example draft', () => {
    expect(checkCompleteness(contextFor(exampleWith()))).toEqual([]);
  });

  it('warns on missing pay where no pay law applies', () => {
    const findings = checkCompleteness(contextFor(exampleWith({ compensation: undefined })));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'completeness:pay', severity: 'warning', field: 'compensation' });
  });

  it('leaves missing pay to the pay-transparency check when a law applies', () => {
    const inColorado = exampleWith({
      compensation: undefined,
      job: { location: { city: 'Denver', region: 'CO', country: 'US' } },
    });
    expect(ids(inColorado)).not.toContain('pay');
  });

  it('flags a missing location for an on-site job and a missing apply method (which the schema should prevent)', () => {
    const broken = exampleWith({
      job: { workplace: 'onsite', location: undefined },
      apply: { url: undefined, email: undefined },
    });
    const findings = checkCompleteness(contextFor(broken));
    expect(findings.find((f) => f.id === 'completeness:location')).toMatchObject({
      severity: 'warning',
      field: 'job.location',
    });
    expect(findings.find((f) => f.id === 'completeness:apply')).toMatchObject({ severity: 'error' });
  });

  it('notes a missing closing date, and warns on one that has passed', () => {
    const [noDate] = checkCompleteness(contextFor(exampleWith({ apply: { closingDate: undefined } })));
    expect(noDate).toMatchObject({ id: 'completeness:closing-date', severity: 'info', field: 'apply.closingDate' });
    expect(noDate!.details?.why).toContain('validThrough');
    expect(noDate!.missing).toBe(true);
    const [past] = checkCompleteness(contextFor(exampleWith({ apply: { closingDate: '2026-11-23' } })));
    expect(past).toMatchObject({ id: 'completeness:closing-date-past', severity: 'warning' });
    expect(checkCompleteness(contextFor(exampleWith({ apply: { closingDate: '2026-11-24' } })))).toEqual([]);
  });

  it('lists every missing piece of the smallest draft', () => {
    expect(ids(minimalWith())).toEqual([
      'closing-date',
      'remote-countries',
      'summary',
      'responsibilities',
      'skills',
      'benefits',
      'company-about',
      'company-website',
    ]);
  });

  it('asks for a city when an on-site location has none', () => {
    expect(ids(exampleWith({ job: { location: { city: undefined, region: 'TX', country: 'US' } } }))).toEqual(['city']);
  });

  it('cites Google or schema.org for each finding', () => {
    for (const finding of checkCompleteness(contextFor(minimalWith()))) {
      expect(finding.details?.sources?.[0]?.url).toMatch(/developers\.google\.com|schema\.org/);
    }
  });
});
