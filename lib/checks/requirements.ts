import { z } from 'zod';
import rules from '../../content/rules/requirements.json';
import type { CatalogSkill, RoleCatalog } from '../catalog/schema';
import { SENIORITIES, type Draft, type DraftSkill, type Seniority } from '../draft/draft-schema';
import type { Finding, FindingSource } from './finding';

const CHECK = 'requirements';

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

export const requirementsRules = requirementsRulesSchema.parse(rules);

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

function tooManyRequired(draft: Draft): Finding[] {
  const required = draft.skills.filter((s) => s.level === 'required').length;
  const limit = requirementsRules.maxRequiredSkills;
  if (required <= limit) return [];
  return [
    {
      id: `${CHECK}:too-many-required`,
      check: CHECK,
      severity: 'warning',
      message: `${required} skills are marked required (more than ${limit}). ${requirementsRules.tooManyWhy}`,
      source: requirementsRules.tooManySource,
      field: 'skills',
      suggestion: `Keep the ${limit} or fewer that someone truly needs on day one; mark the rest preferred.`,
    },
  ];
}

/** Years that contradict the role's level, or that are far above what postings for the skill usually ask. */
function yearsAsks(draft: Draft, catalog: RoleCatalog): Finding[] {
  const seniority: Seniority = draft.job.seniority;
  const level = requirementsRules.seniorityYears[seniority];
  const catalogSkills = new Map(catalog.skills.map((s) => [s.id, s]));
  const findings: Finding[] = [];
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
        message:
          `${name} asks for ${plural(skill.years, 'year')}, but a ${seniority} role usually means ${span(level)} of experience. ` +
          requirementsRules.levelWhy,
        field,
        excerpt: `${name}: ${plural(skill.years, 'year')}`,
        suggestion: `Ask for ${level.max} years or fewer, or change the seniority if you need more.`,
      });
    }
    if (known && isUnusuallyHigh(skill.years, known.typicalYears.max)) {
      findings.push({
        id: `${CHECK}:unusually-high:${skill.id}`,
        check: CHECK,
        severity: 'warning',
        message:
          `${name} asks for ${plural(skill.years, 'year')}, unusually high compared to the typical ${span(known.typicalYears)} ` +
          'that postings ask for it; few people have that much, and many who could do the job will not apply.',
        source: catalogSource(catalog),
        field,
        excerpt: `${name}: ${plural(skill.years, 'year')}`,
        suggestion: `Ask for ${known.typicalYears.max} years or fewer, or describe what the person must be able to do instead.`,
      });
    }
  });

  if (typicalAboveLevel.length > 0) {
    findings.push({
      id: `${CHECK}:typical-above-level`,
      check: CHECK,
      severity: 'info',
      message:
        `Postings usually ask for more experience than a ${seniority} role implies (${span(level)}) with ` +
        `${typicalAboveLevel.join(', ')}. No years are set for ${typicalAboveLevel.length === 1 ? 'it' : 'them'}, ` +
        'so say what you expect to avoid putting off the people you want.',
      source: catalogSource(catalog),
      field: 'skills',
      suggestion: `Set years (${span(level)}) on these skills, or mention that you will teach them.`,
    });
  }
  return findings;
}

/** Required-skill count and years asks against the level and the catalog's typical years. */
export function checkRequirements(draft: Draft, input: { catalog: RoleCatalog }): Finding[] {
  return [...tooManyRequired(draft), ...yearsAsks(draft, input.catalog)];
}
