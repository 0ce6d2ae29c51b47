import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft/draft-schema';
import { exampleDraft, minimalDraft } from '../draft/example-draft';
import { remoteDraft } from '../../server/render/__fixtures__/drafts';
import { CHANNELS } from './channel-rules';
import { channelReadiness } from './readiness';

const byChannel = (draft: Parameters<typeof channelReadiness>[0]) =>
  Object.fromEntries(channelReadiness(draft).map((row) => [row.channel, row]));

const onsite = (location: Draft['job']['location']): Draft => ({
  ...exampleDraft,
  job: { ...exampleDraft.job, workplace: 'onsite', location },
});

describe('channel readiness', () => {
  it('has one row per channel, in order, each rule with its source', () => {
    expect(CHANNELS.map((c) => c.name)).toEqual(['Google for Jobs', 'Indeed', 'LinkedIn', 'Word and PDF']);
    for (const channel of CHANNELS) expect(channel.source.title).not.toBe('');
    expect(channelReadiness(exampleDraft).map((row) => row.channel)).toEqual(CHANNELS.map((c) => c.id));
  });

  it('finds the full example ready everywhere, with nothing missing', () => {
    for (const row of channelReadiness(exampleDraft)) expect(row).toMatchObject({ ready: true, missing: [] });
  });

  it('asks for city and region for an on-site Indeed job, each with its field', () => {
    const rows = byChannel(onsite({ country: 'US' }));
    expect(rows.indeed).toMatchObject({ ready: false });
    expect(rows.indeed!.missing.map((m) => [m.field, m.missing])).toEqual([
      ['job.location.city', 'the city'],
      ['job.location.region', 'the region (state or province)'],
    ]);
    expect(rows.linkedin!.missing.map((m) => m.field)).toEqual(['job.location.city']);
    expect(rows['google-for-jobs']).toMatchObject({ ready: true }); // only recommended: the city
    expect(rows['google-for-jobs']!.missing).toEqual([
      expect.objectContaining({ level: 'recommended', field: 'job.location.city' }),
    ]);
  });

  it('treats blank text as missing', () => {
    const rows = byChannel(onsite({ city: '   ', region: 'TX', country: 'US' }));
    expect(rows.indeed!.missing.map((m) => m.field)).toEqual(['job.location.city']);
  });

  it('asks for the applicant countries of a remote Google job', () => {
    const rows = byChannel(minimalDraft);
    expect(rows['google-for-jobs']).toMatchObject({ ready: false });
    expect(rows['google-for-jobs']!.missing[0]).toMatchObject({
      level: 'required',
      field: 'job.remoteCountries',
      missing: 'the countries remote applicants may live in',
    });
    expect(rows.indeed!.missing.map((m) => m.field)).toEqual(['job.remoteCountries', 'compensation']);
    expect(rows.documents!.missing.map((m) => m.missing)).toEqual([
      'at least one responsibility',
      'at least one skill',
      'a few lines about the company',
    ]);
  });

  it('finds a remote job with its countries ready for Google, Indeed and LinkedIn', () => {
    const rows = byChannel(remoteDraft);
    for (const id of ['google-for-jobs', 'indeed', 'linkedin']) expect(rows[id]).toMatchObject({ ready: true });
  });

  it('copes with the partial values of a form being filled in', () => {
    const rows = byChannel({ job: { workplace: 'onsite' } } as Partial<Draft>);
    expect(rows.indeed!.ready).toBe(false);
    expect(() => channelReadiness({})).not.toThrow();
  });
});
