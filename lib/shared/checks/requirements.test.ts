import { describe, expect, it } from 'vitest';
import type { DraftSkill } from '../draft/draft-schema';
import { checkRequirements } from './requirements';
import { contextFor, exampleWith } from '../../../test/support/test-drafts';

const check = (skills: DraftSkill[], seniority: 'junior' | 'mid' | 'senior' = 'senior') =>
  checkRequirements(contextFor(exampleWith({ job: { seniority }, skills })));

const required = (id: string, years?: number): DraftSkill => ({
  id,
  level: 'required',
  ...(years === undefined ? {} : { years }),
});

describe('checkRequirements', () => {
  it('finds nothing in the example draft', () => {
    expect(checkRequirements(contextFor(exampleWith()))).toEqual([]);
  });

  it('warns when more than 8 skills are required, citing why', () => {
    const ids = ['apis', 'javascript', 'sql', 'rest', 'react', 'postgresql', 'unit-testing', 'debugging', 'php'];
    const findings = check(ids.map((id) => required(id)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'requirements:too-many-required', severity: 'warning', field: 'skills' });
    expect(findings[0]!.message).toContain('9 skills are marked required');
    expect(findings[0]!.details?.sources?.[0]?.url).toContain('hbr.org');
    expect(check(ids.slice(0, 8).map((id) => required(id)))).toEqual([]);
  });

  it('counts only required skills toward the limit', () => {
    const ids = ['apis', 'javascript', 'sql', 'rest', 'react', 'postgresql', 'unit-testing', 'debugging', 'php'];
    expect(check(ids.map((id, i) => ({ id, level: i < 8 ? 'required' : 'preferred' })))).toEqual([]);
  });

  it('warns when a junior role asks for 5 years, naming the skill and its field', () => {
    const findings = check([required('git'), required('sql', 5)], 'junior');
    const aboveLevel = findings.find((f) => f.id === 'requirements:above-level:sql');
    expect(aboveLevel).toMatchObject({ severity: 'warning', field: 'skills.1.years' });
    expect(aboveLevel!.message).toContain('SQL asks for 5 years');
    expect(aboveLevel!.message).toBe('SQL asks for 5 years, more than a junior role usually means (0–2 years).');
  });

  it('accepts years within the level, and any years for senior roles', () => {
    expect(check([required('sql', 2), required('git', 1)], 'junior')).toEqual([]);
    expect(check([required('sql', 5)], 'mid')).toEqual([]);
    expect(check([required('sql', 7)], 'senior')).toEqual([]);
    expect(check([required('sql', 6)], 'mid').map((f) => f.id)).toEqual(['requirements:above-level:sql']);
  });

  it('names a custom skill by its own name', () => {
    const findings = check([{ id: 'custom:kafka', name: 'Kafka', level: 'required', years: 4 }], 'junior');
    expect(findings[0]!.message).toContain('Kafka asks for 4 years');
  });

  it('warns on a years ask far above what postings for the skill usually ask', () => {
    const findings = check([required('sql', 10)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'requirements:unusually-high:sql', field: 'skills.0.years' });
    expect(findings[0]!.message).toBe('SQL asks for 10 years; postings usually ask for 4–5 years.');
    expect(findings[0]!.details?.sources?.[0]?.title).toContain('Test catalog');
    // Git is typically 0–1 years: 2 is twice the maximum.
    expect(check([required('git', 2)]).map((f) => f.id)).toEqual(['requirements:unusually-high:git']);
    expect(check([required('sql', 8)])).toEqual([]);
  });

  it('notes, for a junior role, skills whose typical years are above the level when no years are set', () => {
    const findings = check([required('sql'), required('git'), { id: 'react', level: 'preferred' }], 'junior');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'requirements:typical-above-level', severity: 'info', field: 'skills' });
    expect(findings[0]!.message).toBe(
      '2 skills usually ask for more experience than a junior role implies (0–2 years).',
    );
    expect(findings[0]!.details?.why).toContain('SQL (4–5 years), React (4–5 years)');
    expect(findings[0]!.details?.why).not.toContain('Git');
  });
});
