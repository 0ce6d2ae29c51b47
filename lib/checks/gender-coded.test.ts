import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGenderCoded, genderCodedReport } from './gender-coded';
import { findGenderCodedWords, genderCodedList } from './gender-coded-words';
import { draftWithSummary, exampleWith } from './test-drafts';

const wordsIn = (text: string) => findGenderCodedWords([{ field: 'job.summary', text }]);
const hits = (text: string) => wordsIn(text).map((w) => `${w.coding}:${w.word}`);

describe('gender-coded words', () => {
  it('does not count the known false hits', () => {
    expect(hits('We use SharePoint and sharepoint daily.')).toEqual([]);
    expect(hits('Our mascot sharks are sharp.')).toEqual([]);
    expect(hits('Our shareholders and shareware.')).toEqual([]);
    expect(hits('A competent engineer with competence and competencies.')).toEqual([]);
    expect(hits('This kind of work, an event-driven and data-driven design.')).toEqual([]);
  });

  it('counts real hits from the research list, as word prefixes', () => {
    expect(hits('A competitive, ambitious leader: decisive and analytical.')).toEqual([
      'masculine:competitive',
      'masculine:ambitious',
      'masculine:leader',
      'masculine:decisive',
      'masculine:analytical',
    ]);
    expect(hits('A supportive team, committed to trust and understanding.')).toEqual([
      'feminine:supportive',
      'feminine:committed',
      'feminine:trust',
      'feminine:understanding',
    ]);
  });

  it('follows the research lists, including hits that look odd', () => {
    // "respon*" is on the paper's feminine list, so "responsible" counts.
    expect(hits('You are responsible for uptime.')).toEqual(['feminine:responsible']);
    expect(hits('Share what you learn; sharing matters.')).toEqual(['feminine:Share', 'feminine:sharing']);
  });

  it('matches words without * as whole words only', () => {
    expect(hits('Sound logic, logical thinking.')).toEqual(['masculine:logic']);
    expect(hits('Be kind. Kindness is free.')).toEqual(['feminine:kind']);
    expect(hits('You are driven.')).toEqual(['masculine:driven']);
  });

  it('never counts an excepted word, whatever surrounds it', () => {
    const excepted = genderCodedList.exceptions
      .map((e) => e.word)
      .filter((w) => !w.includes(' ') && !w.startsWith('*'));
    const filler = fc.constantFrom('we', 'build', 'lead', 'support', 'the', 'and', 'code', 'share');
    fc.assert(
      fc.property(
        fc.array(filler, { maxLength: 6 }),
        fc.constantFrom(...excepted),
        fc.array(filler, { maxLength: 6 }),
        (before, word, after) => {
          expect(hits([...before, word, ...after].join(' '))).toEqual(hits([...before, ...after].join(' ')));
        },
      ),
    );
  });

  it('matches a stem only from the start of a word', () => {
    expect(hits('Uncompetitive misleading reinforce')).toEqual([]);
  });

  it('counts a hyphenated stem once, and parts of other compounds', () => {
    expect(hits('Self-confident and co-operative, team-leading.')).toEqual([
      'masculine:Self-confident',
      'feminine:co-operative',
      'masculine:leading',
    ]);
  });

  it('says which list each hit comes from and where it stands', () => {
    const [collab, lead] = wordsIn('Collaborative people lead.');
    expect(collab).toMatchObject({ word: 'Collaborative', index: 0, stem: 'collab*', origin: 'gender-decoder' });
    expect(lead).toMatchObject({ word: 'lead', index: 21, stem: 'lead*', origin: 'research' });
  });
});

describe('genderCodedReport', () => {
  it('finds words in place across fields', () => {
    const report = genderCodedReport(
      exampleWith({
        job: { summary: 'A calm team.' },
        company: { about: 'We are a calm company.' },
        responsibilities: ['Write code.', 'Lead the design of our APIs.'],
      }),
    );
    expect(report.masculine).toEqual([
      { field: 'responsibilities.1', word: 'Lead', index: 0, coding: 'masculine', stem: 'lead*', origin: 'research' },
    ]);
  });

  it('gives a verdict from the balance', () => {
    expect(genderCodedReport(draftWithSummary('A competitive, ambitious, decisive, analytical leader.')).verdict).toBe(
      'strongly-masculine',
    );
    expect(genderCodedReport(draftWithSummary('A competitive leader.')).verdict).toBe('masculine');
    expect(genderCodedReport(draftWithSummary('A competitive, supportive team.')).verdict).toBe('neutral');
    expect(genderCodedReport(draftWithSummary('We write code.')).verdict).toBe('neutral');
    expect(genderCodedReport(draftWithSummary('A supportive team.')).verdict).toBe('feminine');
    expect(
      genderCodedReport(draftWithSummary('A supportive, warm, committed, understanding, loyal team.')).verdict,
    ).toBe('strongly-feminine');
  });
});

describe('checkGenderCoded', () => {
  it('reports the verdict with its source, and each masculine-coded word in place', () => {
    const findings = checkGenderCoded(draftWithSummary('A competitive, ambitious, decisive, analytical leader.'));
    const [verdict, ...words] = findings;
    expect(verdict).toMatchObject({ id: 'gender-coded:verdict', severity: 'warning' });
    expect(verdict!.message).toContain('strongly masculine-coded');
    expect(verdict!.source?.title).toContain('Gaucher');
    expect(verdict!.source?.url).toBe('https://doi.org/10.1037/a0022530');
    expect(words.map((w) => w.id)).toEqual([
      'gender-coded:competitive:job.summary:0',
      'gender-coded:ambitious:job.summary:0',
      'gender-coded:decisive:job.summary:0',
      'gender-coded:analytical:job.summary:0',
      'gender-coded:leader:job.summary:0',
    ]);
    expect(words[0]).toMatchObject({ field: 'job.summary', severity: 'info' });
    expect(words[0]!.excerpt).toContain('competitive');
  });

  it('keeps a neutral or feminine verdict as info, with no word findings', () => {
    const findings = checkGenderCoded(draftWithSummary('A supportive team that writes code.'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info' });
    expect(findings[0]!.message).toContain('feminine-coded');
  });
});
