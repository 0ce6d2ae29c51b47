import { z } from 'zod';
import rules from '../../content/rules/requirements.json';
import type { CatalogSkill, RoleCatalog } from '../catalog/schema';
import { SENIORITIES, type Draft, type DraftSkill, type Seniority } from '../draft/draft-schema';
import { parseContent } from '../content/parse-content';
import { capped } from './capped';
import type { CheckContext } from './check-context';
import type { CheckFinding, FindingSource } from './finding';

const CHECK = 'requirements';
/** Years findings listed one by one (two kinds a skill, up to 40 skills); the rest are counted in one. */
export const MAX_YEARS_FINDINGS = 10;

const sourceSchema = z.object({ title: z.string(), url: z.string().optional() });
const yearsSchema = z.object({ min: z.number().int().min(0), max: z.number().int().min(0).optional() });

const requirementsRulesSchema = z.object({
  maxRequiredSkills: z.number().int().min(1),
  seniorityYears: z.record(z.enum(SENIORITIES), yearsSchema),
  unusuallyHigh: z.object({ overTypicalMaxBy: z.number().int().min(0), timesTypicalMax: z.number().min(1) }),
  tooManySource: sourceSchema,
  tooManyWhy: z.string(),
  levelWhy: z.string(),
});

export const requirementsRules = parseContent(requirementsRulesSchema, rules, 'content/rules/requirements.json');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const span = (years: { min: number; max?: number }) =>
  years.max === undefined ? `${years.min}+ years` : `${years.min}–${years.max} years`;

function catalogSource(catalog: RoleCatalog): FindingSource {
  const { title, publisher, url } = catalog.source;
  return { title: `${publisher}: ${title}`, ...(url ? { url } : {}) };
}

function skillName(skill: DraftSkill, catalogSkill: CatalogSkill | undefined): string {
  return skill.name ?? catalogSkill?.name ?? skill.id;
}

function isUnusuallyHigh(years: number, typicalMax: number): boolean {
  const { overTypicalMaxBy, timesTypicalMax } = requirementsRules.unusuallyHigh;
  return years > typicalMax + overTypicalMaxBy || (typicalMax > 0 && years >= typicalMax * timesTypicalMax);
}

function tooManyRequired(draft: Draft): CheckFinding[] {
  const required = draft.skills.filter((s) => s.level === 'required').length;
  const limit = requirementsRules.maxRequiredSkills;
  if (required <= limit) return [];
  return [
    {
      id: `${CHECK}:too-many-required`,
      check: CHECK,
      severity: 'warning',
      message: `${required} skills are marked required (more than ${limit}).`,
      suggestion: `Keep the ${limit} or fewer that someone truly needs on day one; mark the rest preferred.`,
      details: { why: requirementsRules.tooManyWhy, sources: [requirementsRules.tooManySource] },
      field: 'skills',
    },
  ];
}

/** Years that contradict the role's level, or that are far above what postings for the skill usually ask. */
function yearsAsks(draft: Draft, catalog: RoleCatalog): CheckFinding[] {
  const seniority: Seniority = draft.job.seniority;
  const level = requirementsRules.seniorityYears[seniority];
  const catalogSkills = new Map(catalog.skills.map((s) => [s.id, s]));
  const findings: CheckFinding[] = [];
  const typicalAboveLevel: string[] = [];

  draft.skills.forEach((skill, index) => {
    const known = catalogSkills.get(skill.id);
    const name = skillName(skill, known);
    const field = `skills.${index}.years`;
    if (skill.years === undefined) {
      if (known && level.max !== undefined && known.typicalYears.min > level.max) {
        typicalAboveLevel.push(`${name} (${span(known.typicalYears)})`);
      }
      return;
    }
    if (level.max !== undefined && skill.years > level.max) {
      findings.push({
        id: `${CHECK}:above-level:${skill.id}`,
        check: CHECK,
        severity: 'warning',
        message: `${name} asks for ${plural(skill.years, 'year')}, more than a ${seniority} role usually means (${span(level)}).`,
        suggestion: `Ask for ${level.max} years or fewer, or change the seniority if you need more.`,
        details: { why: requirementsRules.levelWhy },
        field,
        excerpt: `${name}: ${plural(skill.years, 'year')}`,
      });
    }
    if (known && isUnusuallyHigh(skill.years, known.typicalYears.max)) {
      findings.push({
        id: `${CHECK}:unusually-high:${skill.id}`,
        check: CHECK,
        severity: 'warning',
        message: `${name} asks for ${plural(skill.years, 'year')}; postings usually ask for ${span(known.typicalYears)}.`,
        suggestion: `Ask for ${known.typicalYears.max} years or fewer, or describe what the person must be able to do instead.`,
        details: {
          why: 'Few people have that much, and many who could do the job will not apply.',
          sources: [catalogSource(catalog)],
        },
        field,
        excerpt: `${name}: ${plural(skill.years, 'year')}`,
      });
    }
  });

  const listed = capped(findings, MAX_YEARS_FINDINGS, (count) => ({
    id: `${CHECK}:more-years`,
    check: CHECK,
    severity: 'warning',
    message: `${plural(count, 'more years ask')} above the level or the usual, not listed here.`,
    suggestion: 'Lower the years on the skills above to see the rest.',
    field: 'skills',
  }));
  if (typicalAboveLevel.length > 0) {
    listed.push({
      id: `${CHECK}:typical-above-level`,
      check: CHECK,
      severity: 'info',
      message: `${typicalAboveLevel.length === 1 ? 'One skill usually asks' : `${typicalAboveLevel.length} skills usually ask`} for more experience than a ${seniority} role implies (${span(level)}).`,
      suggestion: `Set years (${span(level)}) on these skills, or mention that you will teach them.`,
      details: {
        why:
          `Postings usually ask for more with ${typicalAboveLevel.join(', ')}. No years are set, ` +
          'so say what you expect to avoid putting off the people you want.',
        sources: [catalogSource(catalog)],
      },
      field: 'skills',
    });
  }
  return listed;
}

/** Required-skill count and years asks against the level and the catalog's typical years. */
export function checkRequirements({ draft, catalog }: CheckContext): CheckFinding[] {
  return [...tooManyRequired(draft), ...yearsAsks(draft, catalog)];
}
