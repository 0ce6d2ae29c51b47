import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft/draft-schema';
import { findApplicablePayLaws, payLaws } from './pay-laws';
import { checkPayTransparency } from './pay-transparency';
import { contextFor, exampleWith } from '../../../test/support/test-drafts';

const TODAY = new Date('2026-11-24T12:00:00Z');
const noPay = { compensation: undefined };

const onsiteIn = (country: string, region?: string) =>
  exampleWith({
    ...noPay,
    job: { workplace: 'onsite', location: { city: 'Town', country, region }, remoteCountries: undefined },
  });

const remoteOpenTo = (remoteCountries?: string[]) =>
  exampleWith({ ...noPay, job: { workplace: 'remote', location: undefined, remoteCountries } });

const check = (draft: Draft, today = TODAY) => checkPayTransparency(contextFor(draft, { today }));
const errorsOf = (draft: Draft, today = TODAY) => check(draft, today).filter((f) => f.severity === 'error');
/** Everything the error says, its short message and the "why" behind it. */
const said = (draft: Draft, today = TODAY) => {
  const [error] = errorsOf(draft, today);
  return [error!.message, error!.details?.why, ...(error!.details?.places ?? [])].join('\n');
};

describe('checkPayTransparency: missing range', () => {
  it('is an error in Colorado, naming the law and its effective date', () => {
    const [error] = errorsOf(onsiteIn('US', 'CO'));
    expect(error).toMatchObject({
      id: 'pay-transparency:missing-range',
      check: 'pay-transparency',
      field: 'compensation',
    });
    expect(error!.message).toBe('Pay range required where the job is (Colorado).');
    expect(error!.missing).toBe(true);
    expect(error!.details?.places).toEqual([
      'Colorado: Colorado Equal Pay for Equal Work Act (C.R.S. § 8-5-201), in force since 2021-01-01',
    ]);
    expect(error!.details?.sources?.[0]?.url).toContain('colorado.gov');
  });

  it('matches the region by code or by name, in any case', () => {
    expect(errorsOf(onsiteIn('US', 'Colorado'))).toHaveLength(1);
    expect(errorsOf(onsiteIn('US', 'co'))).toHaveLength(1);
    expect(errorsOf(onsiteIn('US', 'Washington, D.C.'))[0]!.message).toContain('District of Columbia');
  });

  it('is nothing in Texas, or when the range is given', () => {
    expect(check(onsiteIn('US', 'TX'))).toEqual([]);
    expect(check(exampleWith({ job: { location: { city: 'Denver', region: 'CO', country: 'US' } } }))).toEqual([]);
  });

  it('is an error for a remote job open to US applicants, naming the states that cover remote work', () => {
    const [error] = errorsOf(remoteOpenTo(['US']));
    const places = error!.details!.places!;
    // One plain sentence; the list of places is one click away, in the details.
    expect(error!.message).toBe(`Pay range required in ${places.length} places this remote job could be done from.`);
    expect(error!.message).not.toContain('§');
    for (const state of ['Colorado', 'California', 'Washington', 'New York', 'Maryland', 'Illinois']) {
      expect(places.some((p) => p.startsWith(`${state}:`))).toBe(true);
    }
    expect(places.join()).not.toContain('Vermont');
    expect(places.join()).not.toContain('EU member states');
  });

  it('treats a remote job with no countries as open to everyone, the EU included', () => {
    expect(said(remoteOpenTo(undefined))).toContain('Colorado');
    expect(said(remoteOpenTo(undefined))).toContain('2023/970');
  });

  it('ignores remote countries for on-site and hybrid jobs', () => {
    const hybrid = exampleWith({ ...noPay, job: { workplace: 'hybrid', remoteCountries: ['US', 'DE'] } });
    expect(errorsOf(hybrid)).toEqual([]);
    expect(errorsOf(remoteOpenTo(['CA', 'MX']))).toEqual([]);
  });

  it('applies the EU directive to a job in Germany, with its transposition date', () => {
    const [error] = errorsOf(onsiteIn('DE'));
    expect(error!.message).toContain('EU member states');
    expect(said(onsiteIn('DE'))).toContain('Directive (EU) 2023/970');
    expect(said(onsiteIn('DE'))).toContain('2026-06-07');
    expect(error!.details?.sources?.[0]?.url).toBe('https://eur-lex.europa.eu/eli/dir/2023/970/oj');
    expect(said(remoteOpenTo(['FR']))).toContain('2023/970');
  });

  it('applies no rule before its effective date', () => {
    expect(errorsOf(onsiteIn('US', 'CO'), new Date('2020-12-31T12:00:00Z'))).toEqual([]);
    expect(errorsOf(onsiteIn('US', 'CO'), new Date('2021-01-01T12:00:00Z'))).toHaveLength(1);
    expect(errorsOf(onsiteIn('DE'), new Date('2026-06-06T12:00:00Z'))).toEqual([]);
    expect(errorsOf(onsiteIn('US', 'MA'), new Date('2025-10-28T12:00:00Z'))).toEqual([]);
    expect(errorsOf(onsiteIn('US', 'MA'), new Date('2025-10-29T12:00:00Z'))).toHaveLength(1);
  });
});

describe('checkPayTransparency: range and other requirements', () => {
  it('warns when the top of the range is more than twice the bottom', () => {
    const wide = exampleWith({ compensation: { currency: 'USD', min: 50000, max: 150000, period: 'YEAR' } });
    const [warning] = check(wide);
    expect(warning).toMatchObject({
      id: 'pay-transparency:wide-range',
      severity: 'warning',
      field: 'compensation.max',
    });
    expect(warning!.excerpt).toBe('50,000 USD–150,000 USD');
    const double = exampleWith({ compensation: { currency: 'USD', min: 50000, max: 100000, period: 'YEAR' } });
    expect(check(double)).toEqual([]);
  });

  it('warns when a law that applies also asks for benefits or a deadline the draft lacks', () => {
    const draft = exampleWith({
      job: { location: { city: 'Denver', region: 'CO', country: 'US' } },
      benefits: [],
      apply: { closingDate: undefined },
    });
    const findings = check(draft);
    expect(findings.map((f) => f.id)).toEqual([
      'pay-transparency:also-requires:benefits',
      'pay-transparency:also-requires:closingDate',
    ]);
    expect(findings[0]!.message).toBe('A description of benefits is required in Colorado.');
  });
});

describe('pay-transparency rules data', () => {
  it('gives every rule a source, an ISO date and a note, with unique ids', () => {
    const ids = payLaws.jurisdictions.map((j) => j.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of payLaws.jurisdictions) {
      expect(rule.source.title.length).toBeGreaterThan(0);
      expect(rule.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rule.note.length).toBeGreaterThan(0);
    }
  });

  it('covers the places the issue lists, on the dates known for them', () => {
    const dates = Object.fromEntries(payLaws.jurisdictions.map((j) => [j.match[0]!.region ?? 'EU', j.effective]));
    expect(dates).toMatchObject({
      CO: '2021-01-01',
      CA: '2023-01-01',
      WA: '2023-01-01',
      NY: '2023-09-17',
      HI: '2024-01-01',
      DC: '2024-06-30',
      MD: '2024-10-01',
      IL: '2025-01-01',
      MN: '2025-01-01',
      NJ: '2025-06-01',
      VT: '2025-07-01',
      MA: '2025-10-29',
      EU: '2026-06-07',
    });
    const eu = payLaws.jurisdictions.find((j) => j.id === 'eu-directive-2023-970')!;
    expect(eu.match).toHaveLength(27);
  });

  it('lists the rules that reach a draft, with the reason', () => {
    const rules = findApplicablePayLaws(onsiteIn('US', 'NY'), TODAY);
    expect(rules.map((r) => [r.jurisdiction.id, r.reason])).toEqual([['us-ny', 'location']]);
  });
});
