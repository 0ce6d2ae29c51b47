import templates from '../../../content/templates/index.json';
import { getRoleCatalog } from '../catalog';
import { fieldIssues, type FieldIssue } from '../http/error-codes';
import { draftSchema, type Draft } from './draft-schema';

/** A failing field of a draft, as the API and the builder name it. */
export type DraftIssue = FieldIssue;

export type DraftValidation = { success: true; draft: Draft } | { success: false; issues: DraftIssue[] };

const templateIds = new Set(templates.map((t) => t.id));

/** The schema's rules plus what only the content knows: the role, the template and each catalog skill exist. */
export function validateDraft(input: unknown): DraftValidation {
  const parsed = draftSchema.safeParse(input);
  if (!parsed.success) {
    return { success: false, issues: fieldIssues(parsed.error.issues) };
  }
  const draft = parsed.data;
  const issues: DraftIssue[] = [];
  const catalog = getRoleCatalog(draft.roleId);
  if (!catalog) issues.push({ path: 'roleId', message: `Unknown role "${draft.roleId}"` });
  if (!templateIds.has(draft.template))
    issues.push({ path: 'template', message: `Unknown template "${draft.template}"` });
  if (catalog) {
    const known = new Set(catalog.skills.map((s) => s.id));
    draft.skills.forEach((skill, index) => {
      if (!skill.id.startsWith('custom:') && !known.has(skill.id)) {
        issues.push({
          path: `skills.${index}.id`,
          message: `"${skill.id}" is not a skill of the ${catalog.title} catalog`,
        });
      }
    });
  }
  return issues.length ? { success: false, issues } : { success: true, draft };
}
