import { describe, expect, it } from 'vitest';
import type { ImportResult } from './import-contract';
import { reviewedDraft } from './review-draft';
import { lineText, moveLine, reviewLinesFrom, whyNotTo, type ReviewLine } from './review-lines';

const result: ImportResult = {
  draft: {
    job: {
      title: 'Backend Engineer',
      location: { city: 'Redwood City', country: 'US' },
      summary: 'Lead the backend team.\n\nSolve problems in new ways.',
    },
    company: { name: 'Banjo' },
    skills: [
      { id: 'ruby', level: 'required' },
      { id: 'java', level: 'required' },
      { id: 'go', level: 'required' },
    ],
    responsibilities: ['Design the location service.', 'Review code.', 'Run on-call.'],
    qualifications: ['BS in computer science or relevant field.', '3+ years leading an engineering team.'],
    benefits: ['Free lunch'],
    compensation: { currency: 'USD', min: 150000, max: 180000, period: 'YEAR' },
  },
  missing: ['apply'],
  placed: [
    { field: 'job.title', from: '## Backend Engineer' },
    { field: 'job.location.city', from: '#### Redwood City, Ca' },
    { field: 'job.summary', from: 'Lead the backend team.' },
    { field: 'job.summary', from: '+ Solve problems in new ways.' },
    { field: 'skills.0', from: '+ Expert knowledge of Ruby, Java or Go.' },
    { field: 'skills.1', from: '+ Expert knowledge of Ruby, Java or Go.' },
    { field: 'skills.2', from: '+ Expert knowledge of Ruby, Java or Go.' },
    { field: 'responsibilities.0', from: '- Design the location service' },
    { field: 'responsibilities.1', from: '- Review code' },
    { field: 'responsibilities.2', from: '- Run on-call' },
    { field: 'qualifications.0', from: '+ BS in computer science or relevant field.' },
    { field: 'qualifications.1', from: '+ 3+ years leading an engineering team.' },
    { field: 'benefits.0', from: '* Free lunch' },
    { field: 'compensation.min', from: '$150,000 – $180,000 a year' },
    { field: 'compensation.max', from: '$150,000 – $180,000 a year' },
  ],
  unplaced: ['And if you are a crack shot with a Nerf gun, even better.'],
  warnings: [],
};

const lines = reviewLinesFrom(result);
const line = (from: string): ReviewLine => {
  const found = lines.find((l) => l.from.includes(from));
  if (!found) throw new Error(`no line ${from}`);
  return found;
};
const review = (moves: [string, ReviewLine['to']][]) =>
  reviewedDraft(
    result,
    moves.reduce((all, [from, to]) => moveLine(all, line(from).id, to), lines),
  );

describe('review lines', () => {
  it('lists each source line once, placed ones first, with the text that lands in a field', () => {
    expect(lines).toHaveLength(13); // 15 placements, 12 lines, 1 unplaced
    expect(line('Ruby').found).toEqual(['skills.0', 'skills.1', 'skills.2']);
    expect(line('Design the').text).toBe('Design the location service.'); // the importer's item
    expect(line('Solve problems').text).toBe('Solve problems in new ways.'); // bullet gone
    expect(lines.at(-1)).toMatchObject({ found: [], to: 'unused', text: result.unplaced[0] });
    expect(lines.map((l) => l.id)).toEqual([...lines.keys()]);
  });

  it('strips bullets, numbers and heading marks, nothing else', () => {
    expect(lineText('  #### Redwood City, Ca ')).toBe('Redwood City, Ca');
    expect(lineText('12. Ship it')).toBe('Ship it');
    expect(lineText('• Free lunch')).toBe('Free lunch');
    expect(lineText('+1 555 0100 is our phone')).toBe('+1 555 0100 is our phone');
  });

  it('leaves the draft as the importer made it until a line moves', () => {
    expect(review([])).toEqual({ draft: result.draft, missing: ['apply'] });
  });

  it('moves a list item to another list: out of one, appended to the other', () => {
    const { draft } = review([['3+ years leading', 'responsibilities']]);
    expect(draft.qualifications).toEqual(['BS in computer science or relevant field.']);
    expect(draft.responsibilities).toEqual([
      'Design the location service.',
      'Review code.',
      'Run on-call.',
      '3+ years leading an engineering team.',
    ]);
  });

  it('removes the right items when several leave one list, whatever the order', () => {
    const { draft } = review([
      ['Run on-call', 'unused'],
      ['Design the', 'benefits'],
    ]);
    expect(draft.responsibilities).toEqual(['Review code.']);
    expect(draft.benefits).toEqual(['Free lunch', 'Design the location service.']);
  });

  it('appends a line to a text as its own paragraph, and takes it out of the text it left', () => {
    const { draft } = review([['Solve problems', 'company.about']]);
    expect(draft.job).toMatchObject({ summary: 'Lead the backend team.' });
    expect(draft.company).toEqual({ name: 'Banjo', about: 'Solve problems in new ways.' });
    const both = review([
      ['Solve problems', 'company.about'],
      ['Free lunch', 'company.about'],
    ]).draft;
    expect(both.company).toMatchObject({ about: 'Solve problems in new ways.\n\nFree lunch' });
  });

  it('drops a text field once every line of it is gone', () => {
    const { draft } = review([
      ['Solve problems', 'unused'],
      ['Lead the backend', 'unused'],
    ]);
    expect(draft.job).not.toHaveProperty('summary');
  });

  it('drops every skill a line named, and pay as a whole', () => {
    const { draft } = review([
      ['Ruby', 'unused'],
      ['$150,000', 'unused'],
    ]);
    expect(draft.skills).toEqual([]);
    expect(draft).not.toHaveProperty('compensation');
  });

  it('names a required field as missing once its line is dropped, and again not once restored', () => {
    const dropped = review([['Backend Engineer', 'unused']]);
    expect(dropped.draft.job).not.toHaveProperty('title');
    expect(dropped.missing).toEqual(['apply', 'job.title']);
    expect(
      review([
        ['Backend Engineer', 'unused'],
        ['Backend Engineer', 'found'],
      ]).missing,
    ).toEqual(['apply']);
  });

  it('removes an emptied location part and the location it leaves empty, which a role not remote needs', () => {
    const { draft, missing } = review([['Redwood City', 'unused']]);
    expect(draft.job).toMatchObject({ location: { country: 'US' } });
    expect(missing).toEqual(['apply']);
    const placeless = reviewedDraft(
      result,
      reviewLinesFrom({ ...result, placed: [{ field: 'job.location', from: 'Redwood City, US' }], unplaced: [] }).map(
        (l) => ({ ...l, to: 'unused' as const }),
      ),
    );
    expect(placeless.draft.job).not.toHaveProperty('location');
    expect(placeless.missing).toEqual(['apply', 'job.location.country']);
    const bare = reviewedDraft(
      { draft: { job: { location: { city: 'Austin' } } }, missing: [] },
      reviewLinesFrom({
        ...result,
        draft: {},
        placed: [{ field: 'job.location.city', from: 'Austin' }],
        unplaced: [],
      }).map((l) => ({ ...l, to: 'unused' as const })),
    );
    expect(bare.draft).toEqual({});
  });

  it('places an unplaced line, and takes a missing field off the list when a line fills it', () => {
    const nerf = line('Nerf gun');
    expect(review([['Nerf gun', 'benefits']]).draft.benefits).toEqual(['Free lunch', nerf.text]);
    // "found" for a line the importer never placed means not used.
    expect(moveLine(lines, nerf.id, 'found').find((l) => l.id === nerf.id)?.to).toBe('unused');
    const noSummary = {
      ...result,
      draft: { ...result.draft, job: { title: 'x', workplace: 'remote' } },
      missing: ['job.summary'],
    };
    const moved = reviewedDraft(noSummary, moveLine(lines, nerf.id, 'job.summary'));
    expect(moved.missing).toEqual(['apply']);
    expect(moved.draft.job).toMatchObject({ summary: nerf.text });
  });

  it('does not change the importer result it reads', () => {
    const before = structuredClone(result);
    review([
      ['Run on-call', 'qualifications'],
      ['Solve problems', 'unused'],
      ['Ruby', 'unused'],
    ]);
    expect(result).toEqual(before);
  });

  it('says why a line cannot go somewhere: a full list, an item too long, a text at its limit', () => {
    const current = reviewedDraft(result, lines).draft;
    const design = line('Design the');
    expect(whyNotTo(current, design, 'qualifications')).toBeNull();
    expect(whyNotTo(current, design, 'responsibilities')).toBeNull(); // already there
    const full = { ...current, qualifications: Array.from({ length: 20 }, (_, i) => `Q${i}`) };
    expect(whyNotTo(full, design, 'qualifications')).toEqual({ reason: 'listFull', max: 20 });
    const long = { ...design, text: 'x'.repeat(250) };
    expect(whyNotTo(current, long, 'benefits')).toEqual({ reason: 'itemTooLong', max: 200 });
    expect(whyNotTo(current, long, 'responsibilities')).toBeNull();
    const nearlyFull = { ...current, company: { name: 'Banjo', about: 'y'.repeat(2900) } };
    expect(whyNotTo(nearlyFull, long, 'company.about')).toEqual({ reason: 'tooLong' });
  });
});
