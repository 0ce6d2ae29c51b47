import { describe, expect, it } from 'vitest';
import { exampleDraft, minimalDraft } from '../../shared/draft/example-draft';
import { draftWithText, qualifiedDraft, remoteDraft, SAMPLE_DRAFTS } from './__fixtures__/drafts';
import { renderHtml } from './html';
import { buildJobPostingJsonLd, serializeJsonLdForHtml } from './json-ld';
import { validateJobPostingJsonLd } from './json-ld-validate';

const options = { datePosted: '2026-06-01' };

describe('buildJobPostingJsonLd', () => {
  it('meets every required and recommended rule for the full example', () => {
    expect(validateJobPostingJsonLd(buildJobPostingJsonLd(exampleDraft, options))).toEqual([]);
  });

  it.each(Object.entries(SAMPLE_DRAFTS).filter(([name]) => name !== 'minimal'))('%s draft qualifies', (_, draft) => {
    expect(validateJobPostingJsonLd(buildJobPostingJsonLd(draft, options))).toEqual([]);
  });

  it('lists the qualifications, one a line, and leaves the key out without them', () => {
    expect(buildJobPostingJsonLd(qualifiedDraft, options).qualifications).toBe(
      'A degree in computer science or equivalent experience.\nAble to join the on-call rotation one week in six.',
    );
    expect(buildJobPostingJsonLd(exampleDraft, options)).not.toHaveProperty('qualifications');
  });

  it('describes the example as Google expects', () => {
    const posting = buildJobPostingJsonLd(exampleDraft, { ...options, url: 'https://postwright.example/p/abc' });
    expect(posting).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Senior Back End Developer',
      description: renderHtml(exampleDraft),
      datePosted: '2026-06-01',
      validThrough: '2026-12-31T23:59:59',
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Acme Analytics', sameAs: 'https://acme.example' },
      jobLocation: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { '@type': 'QuantitativeValue', minValue: 140000, maxValue: 170000, unitText: 'YEAR' },
      },
      experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 48 },
      skills: ['APIs', 'PostgreSQL', 'SQL', 'REST', 'JavaScript', 'Unit testing', 'Kafka'],
      directApply: false,
      url: 'https://postwright.example/p/abc',
    });
  });

  it('marks only fully remote roles TELECOMMUTE, with the countries applicants may live in', () => {
    const hybrid = buildJobPostingJsonLd(exampleDraft, options);
    expect(hybrid.jobLocationType).toBeUndefined();
    expect(hybrid.applicantLocationRequirements).toBeUndefined();

    const remote = buildJobPostingJsonLd(remoteDraft, options);
    expect(remote.jobLocationType).toBe('TELECOMMUTE');
    expect(remote.jobLocation).toBeUndefined();
    expect(remote.applicantLocationRequirements).toEqual([
      { '@type': 'Country', name: 'United States' },
      { '@type': 'Country', name: 'Canada' },
      { '@type': 'Country', name: 'Mexico' },
    ]);
    expect(remote.baseSalary).toMatchObject({ value: { unitText: 'HOUR', minValue: 60, maxValue: 75 } });
  });

  it('says what a minimal remote draft lacks: a country for applicants, and pay', () => {
    const posting = buildJobPostingJsonLd(minimalDraft, options);
    expect(posting).not.toHaveProperty('baseSalary');
    expect(posting).not.toHaveProperty('validThrough');
    expect(posting).not.toHaveProperty('experienceRequirements');
    expect(validateJobPostingJsonLd(posting)).toEqual([
      'applicantLocationRequirements needs at least one Country for a TELECOMMUTE job',
      'recommended: baseSalary is missing',
    ]);
    expect(validateJobPostingJsonLd(posting, { recommended: false })).toHaveLength(1);
  });

  it('defaults datePosted to today', () => {
    expect(buildJobPostingJsonLd(exampleDraft).datePosted).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('validateJobPostingJsonLd', () => {
  const valid = buildJobPostingJsonLd(exampleDraft, options);

  it.each([
    ['title', { title: '' }, 'title is required'],
    ['description', { description: undefined }, 'description is required'],
    ['datePosted', { datePosted: '1 June 2026' }, 'datePosted must be an ISO 8601 date'],
    [
      'organization',
      { hiringOrganization: { name: 'Acme' } },
      'hiringOrganization must be an Organization with a name',
    ],
    [
      'location',
      { jobLocation: undefined },
      'jobLocation is required unless the job is fully remote (jobLocationType TELECOMMUTE)',
    ],
    [
      'country',
      { jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress' } } },
      'jobLocation.address.addressCountry is required',
    ],
    ['location type', { jobLocationType: 'REMOTE' }, 'jobLocationType may only be TELECOMMUTE'],
    [
      'employment',
      { employmentType: 'FULLTIME' },
      'employmentType must be one or more of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER',
    ],
    [
      'unit',
      {
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: 'USD',
          value: { '@type': 'QuantitativeValue', value: 1, unitText: 'YEARLY' },
        },
      },
      'baseSalary.value.unitText must be one of HOUR, DAY, WEEK, MONTH, YEAR',
    ],
    [
      'range',
      {
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: 'USD',
          value: { '@type': 'QuantitativeValue', minValue: 2, maxValue: 1, unitText: 'YEAR' },
        },
      },
      'baseSalary.value.minValue must not exceed maxValue',
    ],
    ['validThrough', { validThrough: '2020-01-01' }, 'validThrough is before datePosted'],
    ['html title', { title: '<b>Dev</b>' }, 'title must be plain text, not HTML'],
  ])('reports a bad %s', (_, change, problem) => {
    expect(validateJobPostingJsonLd({ ...valid, ...change })).toContain(problem);
  });

  it('refuses what is not an object', () => {
    expect(validateJobPostingJsonLd('JobPosting')).toEqual(['a JobPosting must be a JSON object']);
  });
});

describe('serializeJsonLdForHtml', () => {
  it('cannot close the script element or break the line, and parses back to the same object', () => {
    const posting = buildJobPostingJsonLd(
      draftWithText('</script><script>alert(1)</script> & \u2028\u2029 <!--'),
      options,
    );
    const serialized = serializeJsonLdForHtml(posting);
    expect(serialized).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(serialized)).toEqual(posting);
  });
});
