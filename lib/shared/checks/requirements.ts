import { z } from 'zod';
import rules from '../../../content/rules/requirements.json';
import type { CatalogSkill, RoleCatalog } from '../catalog/schema';
import { SENIORITIES, type Draft, type DraftSkill, type Seniority } from '../draft/draft-schema';
import { parseContent } from '../parse-content';
import { capped } from './capped';
import type { CheckContext } from './check-context';
import type { CheckFinding, FindingSource } from './finding';
import type { CheckMessages } from './messages/check-messages';

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

const span = (messages: CheckMessages, years: { min: number; max?: number }) =>
  years.max === undefined
    ? messages.t('requirements.spanOpen', { min: years.min })
    : messages.t('requirements.span', { min: years.min, max: years.max });

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

function tooManyRequired(draft: Draft, messages: CheckMessages): CheckFinding[] {
  const required = draft.skills.filter((s) => s.level === 'required').length;
  const limit = requirementsRules.maxRequiredSkills;
  if (required <= limit) return [];
  return [
    {
      id: `${CHECK}:too-many-required`,
      check: CHECK,
      severity: 'warning',
      message: messages.t('requirements.tooMany', { required, limit }),
      suggestion: messages.t('requirements.tooMany.suggestion', { limit }),
      details: { why: messages.t('requirements.tooMany.why'), sources: [requirementsRules.tooManySource] },
      field: 'skills',
    },
  ];
}

/** Years that contradict the role's level, or that are far above what postings for the skill usually ask. */
function yearsAsks(draft: Draft, catalog: RoleCatalog, messages: CheckMessages): CheckFinding[] {
  const seniority: Seniority = draft.job.seniority;
  const level = requirementsRules.seniorityYears[seniority];
  const role = messages.t('requirements.seniority', { seniority });
  const levelSpan = span(messages, level);
  const catalogSkills = new Map(catalog.skills.map((s) => [s.id, s]));
  // Each ask is said only if it is listed: a draft may have up to 80, and only the first ten are shown.
  const asks: (() => CheckFinding)[] = [];
  const typicalAboveLevel: string[] = [];

  draft.skills.forEach((skill, index) => {
    const known = catalogSkills.get(skill.id);
    const name = skillName(skill, known);
    const field = `skills.${index}.years`;
    if (skill.years === undefined) {
      if (known && level.max !== undefined && known.typicalYears.min > level.max) {
        typicalAboveLevel.push(
          messages.t('requirements.skillSpan', { name, span: span(messages, known.typicalYears) }),
        );
      }
      return;
    }
    const { years } = skill;
    const excerpt = () => messages.t('requirements.years', { name, years });
    if (level.max !== undefined && years > level.max) {
      const max = level.max;
      asks.push(() => ({
        id: `${CHECK}:above-level:${skill.id}`,
        check: CHECK,
        severity: 'warning',
        message: messages.t('requirements.aboveLevel', { name, years, seniority: role, span: levelSpan }),
        suggestion: messages.t('requirements.aboveLevel.suggestion', { max }),
        details: { why: messages.t('requirements.aboveLevel.why') },
        field,
        excerpt: excerpt(),
      }));
    }
    if (known && isUnusuallyHigh(years, known.typicalYears.max)) {
      asks.push(() => ({
        id: `${CHECK}:unusually-high:${skill.id}`,
        check: CHECK,
        severity: 'warning',
        message: messages.t('requirements.unusuallyHigh', { name, years, span: span(messages, known.typicalYears) }),
        suggestion: messages.t('requirements.unusuallyHigh.suggestion', { max: known.typicalYears.max }),
        details: { why: messages.t('requirements.unusuallyHigh.why'), sources: [catalogSource(catalog)] },
        field,
        excerpt: excerpt(),
      }));
    }
  });

  const listed = capped(asks, MAX_YEARS_FINDINGS, (count) => () => ({
    id: `${CHECK}:more-years`,
    check: CHECK,
    severity: 'warning',
    message: messages.t('requirements.moreYears', { count }),
    suggestion: messages.t('requirements.moreYears.suggestion'),
    field: 'skills',
  })).map((say) => say());
  if (typicalAboveLevel.length > 0) {
    listed.push({
      id: `${CHECK}:typical-above-level`,
      check: CHECK,
      severity: 'info',
      message: messages.t('requirements.typicalAboveLevel', {
        count: typicalAboveLevel.length,
        seniority: role,
        span: levelSpan,
      }),
      suggestion: messages.t('requirements.typicalAboveLevel.suggestion', { span: levelSpan }),
      details: {
        why: messages.t('requirements.typicalAboveLevel.why', { skills: typicalAboveLevel.join(', ') }),
        sources: [catalogSource(catalog)],
      },
      field: 'skills',
    });
  }
  return listed;
}

/** Required-skill count and years asks against the level and the catalog's typical years. */
export function checkRequirements({ draft, catalog, messages }: CheckContext): CheckFinding[] {
  return [...tooManyRequired(draft, messages), ...yearsAsks(draft, catalog, messages)];
}
