import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft/draft-schema';
import { checkGenderCoded, findGenderCodedWords } from './gender-coded';
import { genderLexicon } from './gender-lexicon';
import { contextFor, draftWithSummary, exampleWith } from '../../../test/support/test-drafts';
import { amidFiller } from '../../../test/support/word-arbitraries';

const check = (draft: Draft, dismissed: string[] = []) => checkGenderCoded(contextFor(draft, { dismissed }));
const verdictOf = (summary: string) => check(draftWithSummary(summary))[0]!.message;

const wordsIn = (text: string) => findGenderCodedWords([{ field: 'job.summary', text }]);
const hits = (text: string) => wordsIn(text).map((w) => `${w.coding}:${w.word}`);

describe('gender-coded words', () => {
  it('does not count the known false hits', () => {
    expect(hits('We use SharePoint and sharepoint daily.')).toEqual([]);
    expect(hits('Our mascot sharks are sharp.')).toEqual([]);
    expect(hits('Our shareholders and shareware.')).toEqual([]);
    expect(hits('A competent engineer with competence and competencies.')).toEqual([]);
    expect(hits('This kind of work, an event-driven and data-driven design.')).toEqual([]);
    expect(hits('Start as an individual contributor; individual contributors grow here.')).toEqual([]);
    expect(hits('We value individual ownership.')).toEqual(['masculine:individual']);
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
    const excepted = genderLexicon.exceptions.map((e) => e.word).filter((w) => !w.includes(' ') && !w.startsWith('*'));
    const filler = ['we', 'build', 'lead', 'support', 'the', 'and', 'code', 'share'];
    fc.assert(
      fc.property(amidFiller(filler, excepted, 6), ([before, word, after]) => {
        expect(hits([...before, word, ...after].join(' '))).toEqual(hits([...before, ...after].join(' ')));
      }),
    );
  });

  it('applies exceptions to each part of a compound: "SharePoint-based", "competency-based"', () => {
    expect(hits('SharePoint-based portals, shareholder-owned and competency-based hiring.')).toEqual([]);
    // The other part still counts on its own.
    expect(hits('A sharepoint-competitive team.')).toEqual(['masculine:competitive']);
  });

  it('keeps the trait sense of "self-driven" while "event-driven" stays excepted', () => {
    expect(hits('A self-driven engineer for our event-driven, data-driven systems.')).toEqual(['masculine:driven']);
  });

  it('counts plural forms of exact-match words ("opinions"), but not "kinds"', () => {
    expect(hits('Strong opinions, weakly held.')).toEqual(['masculine:opinions']);
    expect(hits('All kinds of data.')).toEqual([]);
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

describe('checkGenderCoded', () => {
  it.each([
    ['A competitive, ambitious, decisive, analytical leader.', 'leans strongly masculine'],
    ['A competitive leader.', 'leans masculine'],
    ['A competitive, supportive team.', 'is neutral'],
    ['We write code.', 'is neutral'],
    ['A supportive team.', 'leans feminine'],
    ['A supportive, warm, committed, understanding, loyal team.', 'leans strongly feminine'],
  ])('gives a verdict from the balance: "%s" %s', (text, verdict) => {
    expect(verdictOf(text)).toContain(verdict);
  });

  it('reports the verdict with its source, and one finding per masculine-coded word, marked in place', () => {
    const [verdict, ...words] = check(draftWithSummary('A competitive, ambitious, decisive, analytical leader.'));
    expect(verdict).toMatchObject({ id: 'gender-coded:verdict', severity: 'warning' });
    expect(verdict!.message).toBe(
      'The wording leans strongly masculine: 5 masculine-coded words and 0 feminine-coded words.',
    );
    expect(verdict!.details?.sources?.[0]?.title).toContain('Gaucher');
    expect(verdict!.details?.sources?.[0]?.url).toBe('https://doi.org/10.1037/a0022530');
    expect(words.map((w) => w.id)).toEqual([
      'gender-coded:word:competitive',
      'gender-coded:word:ambitious',
      'gender-coded:word:decisive',
      'gender-coded:word:analytical',
      'gender-coded:word:leader',
    ]);
    expect(words[0]).toMatchObject({
      field: 'job.summary',
      severity: 'info',
      occurrences: [{ field: 'job.summary', start: 2, end: 13 }],
    });
    expect(words[0]!.excerpt).toContain('competitive');
  });

  it('finds words in place across fields, under one id wherever they stand', () => {
    const draft = exampleWith({
      job: { summary: 'A calm team.' },
      company: { about: 'We are a calm company.' },
      responsibilities: ['Write code.', 'Lead the design of our APIs.'],
    });
    const words = check(draft).slice(1);
    expect(words).toHaveLength(1);
    expect(words[0]).toMatchObject({
      id: 'gender-coded:word:lead',
      field: 'responsibilities.1',
      occurrences: [{ field: 'responsibilities.1', start: 0, end: 4 }],
    });
  });

  it('leaves dismissed words out of the verdict', () => {
    const draft = draftWithSummary('A competitive, ambitious, decisive, analytical leader.');
    const verdict = check(draft, ['gender-coded:word:competitive', 'gender-coded:word:leader'])[0]!;
    expect(verdict.message).toContain('leans masculine: 3 masculine-coded words');
  });

  it('keeps a neutral or feminine verdict as info, with no word findings', () => {
    const findings = check(draftWithSummary('A supportive team that writes code.'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info' });
    expect(findings[0]!.message).toContain('leans feminine');
  });

  it('lists at most 20 distinct words and counts the rest in one finding', () => {
    const words = Array.from({ length: 45 }, (_, i) => `competitive${String.fromCharCode(97 + (i % 26))}${i}`);
    const findings = check(draftWithSummary(words.join(' ')));
    expect(findings.filter((f) => f.id.startsWith('gender-coded:word:'))).toHaveLength(20);
    expect(findings.at(-1)).toMatchObject({
      id: 'gender-coded:more-words',
      message: '25 more masculine-coded words not listed here.',
    });
  });
});
