import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft/draft-schema';
import { checkCompleteness } from './completeness';
import { exampleWith, minimalWith } from './test-drafts';

const TODAY = new Date('2026-11-24T12:00:00Z');
const ids = (draft: Draft) => checkCompleteness(draft, { today: TODAY }).map((f) => f.id.replace('completeness:', ''));

describe('checkCompleteness', () => {
  it('finds nothing missing in the full example draft', () => {
    expect(checkCompleteness(exampleWith(), { today: TODAY })).toEqual([]);
  });

  it('warns on missing pay where no pay law applies', () => {
    const findings = checkCompleteness(exampleWith({ compensation: undefined }), { today: TODAY });
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
    const findings = checkCompleteness(broken, { today: TODAY });
    expect(findings.find((f) => f.id === 'completeness:location')).toMatchObject({
      severity: 'warning',
      field: 'job.location',
    });
    expect(findings.find((f) => f.id === 'completeness:apply')).toMatchObject({ severity: 'error' });
  });

  it('notes a missing closing date, and warns on one that has passed', () => {
    const [noDate] = checkCompleteness(exampleWith({ apply: { closingDate: undefined } }), { today: TODAY });
    expect(noDate).toMatchObject({ id: 'completeness:closing-date', severity: 'info', field: 'apply.closingDate' });
    expect(noDate!.message).toContain('validThrough');
    const [past] = checkCompleteness(exampleWith({ apply: { closingDate: '2026-11-23' } }), { today: TODAY });
    expect(past).toMatchObject({ id: 'completeness:closing-date-past', severity: 'warning' });
    expect(checkCompleteness(exampleWith({ apply: { closingDate: '2026-11-24' } }), { today: TODAY })).toEqual([]);
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
    for (const finding of checkCompleteness(minimalWith(), { today: TODAY })) {
      expect(finding.source?.url).toMatch(/developers\.google\.com|schema\.org/);
    }
  });
});
