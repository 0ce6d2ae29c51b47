import { describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/draft/draft-schema';
import { exampleDraft, minimalDraft } from '../../shared/draft/example-draft';
import { postingSections } from './posting-sections';
import { REVIEW_SECTIONS } from '../../shared/review/review-schema';
import { diffText, diffVersions } from './version-diff';

const v = (version: number, draft: Draft) => ({ version, draft });

describe('postingSections', () => {
  it('gives every review section, in order, as plain text lines', () => {
    const sections = postingSections(exampleDraft);
    expect(sections.map((s) => s.id)).toEqual([...REVIEW_SECTIONS]);
    const byId = Object.fromEntries(sections.map((s) => [s.id, s]));
    expect(byId.title!.lines[0]).toBe('Senior Back End Developer');
    expect(byId.requirements!.lines).toContain('Kafka, nice to have');
    expect(byId.responsibilities!.lines).toHaveLength(4);
    expect(byId.pay!.lines[0]).toMatch(/140,000/);
    expect(postingSections(minimalDraft).find((s) => s.id === 'benefits')!.lines).toEqual([]);
  });
});

describe('diffVersions', () => {
  it('finds nothing changed between equal versions', () => {
    const diff = diffVersions(v(1, exampleDraft), v(2, exampleDraft));
    expect(diff.changed).toBe(false);
    expect(diff.sections.every((s) => !s.changed && s.parts.every((p) => p.op === 'same'))).toBe(true);
  });

  it('marks the changed words only, in the section they belong to', () => {
    const edited: Draft = {
      ...exampleDraft,
      skills: exampleDraft.skills.map((s) => (s.id === 'apis' ? { ...s, years: 2 } : s)),
    };
    const diff = diffVersions(v(1, exampleDraft), v(2, edited));
    expect(diff).toMatchObject({ from: 1, to: 2, changed: true });
    expect(diff.sections.filter((s) => s.changed).map((s) => s.section)).toEqual(['requirements']);
    const requirements = diff.sections.find((s) => s.section === 'requirements')!;
    expect(requirements.parts.filter((p) => p.op === 'removed').map((p) => p.text.trim())).toEqual(['4']);
    expect(requirements.parts.filter((p) => p.op === 'added').map((p) => p.text.trim())).toEqual(['2']);
    // Put back together, the parts give each version's text.
    const text = (op: 'added' | 'removed') =>
      requirements.parts
        .filter((p) => p.op !== op)
        .map((p) => p.text)
        .join('');
    expect(text('added')).toContain('APIs (4+ years)');
    expect(text('removed')).toContain('APIs (2+ years)');
  });

  it('shows added and removed sections whole', () => {
    const diff = diffVersions(v(1, minimalDraft), v(3, exampleDraft));
    const benefits = diff.sections.find((s) => s.section === 'benefits')!;
    expect(benefits.parts).toEqual([{ op: 'added', text: exampleDraft.benefits.join('\n') }]);
    const back = diffVersions(v(3, exampleDraft), v(4, minimalDraft)).sections.find((s) => s.section === 'benefits')!;
    expect(back.parts).toEqual([{ op: 'removed', text: exampleDraft.benefits.join('\n') }]);
  });

  it('keeps hostile text as text', () => {
    const hostile = '<img src=x onerror=alert(1)> {{ 7*7 }}';
    const diff = diffText('Plain words', `Plain ${hostile}`);
    expect(diff.parts.map((p) => p.text).join('')).toContain('<img src=x onerror=alert(1)>');
  });
});
