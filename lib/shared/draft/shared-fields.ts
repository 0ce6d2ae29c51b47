import type { Draft, DraftSkill, Language } from './draft-schema';

// The language versions of one posting share everything that is not text (spec "Languages": structure,
// pay, location, skills and apply data); each version keeps its own words. This module is the one place
// that says which field is which, for the store (copy on create, propagate on save) and the builder.

/** Fields of `job` every language version shares; the rest of `job` (title, department, summary) is text. */
const SHARED_JOB_KEYS = ['seniority', 'employmentType', 'workplace', 'location', 'remoteCountries'] as const;
/** Fields of `company` every language version shares; `about` is text. */
const SHARED_COMPANY_KEYS = ['name', 'website', 'logoUrl', 'accentColor'] as const;
/** Whole top-level fields every language version shares. */
const SHARED_TOP_KEYS = ['schemaVersion', 'roleId', 'template', 'compensation', 'apply'] as const;

/** The draft's language (`en` when it names none, as the renderer reads it). */
export const draftLanguage = (draft: Pick<Draft, 'language'>): Language => draft.language ?? 'en';

function withKeys<T extends object, K extends keyof T>(target: T, from: T, keys: readonly K[]): T {
  const out = { ...target };
  for (const key of keys) {
    if (from[key] === undefined) delete out[key];
    else out[key] = from[key];
  }
  return out;
}

/**
 * The skills of `from` (which, in what order, required or preferred, how many years), each custom skill
 * keeping the name `target` gave it: a custom skill's name is text the author may have translated.
 */
function sharedSkills(target: readonly DraftSkill[], from: readonly DraftSkill[]): DraftSkill[] {
  const names = new Map(target.filter((s) => s.name !== undefined).map((s) => [s.id, s.name]));
  return from.map((skill) => {
    const name = skill.name === undefined ? undefined : (names.get(skill.id) ?? skill.name);
    return name === undefined ? { ...skill } : { ...skill, name };
  });
}

/** `target` with every shared field taken from `from`: its language and its text stay its own. */
export function withSharedFields(target: Draft, from: Draft): Draft {
  const merged = withKeys(target, from, SHARED_TOP_KEYS);
  return {
    ...merged,
    job: withKeys(target.job, from.job, SHARED_JOB_KEYS),
    company: withKeys(target.company, from.company, SHARED_COMPANY_KEYS),
    skills: sharedSkills(target.skills, from.skills),
  };
}

/**
 * A new language version of `source`: every field as the source has it now, so the author translates the
 * text in place. Dismissed findings are left behind: a finding on one language's text says nothing of another's.
 */
export function translationDraft(source: Draft, language: Language): Draft {
  const draft: Draft = { ...structuredClone(source), language };
  delete draft.dismissed;
  return draft;
}

/** Whether saving `next` over `previous` changed any shared field (the other versions then follow). */
export function sharedFieldsChanged(previous: Draft, next: Draft): boolean {
  return JSON.stringify(withSharedFields(previous, next)) !== JSON.stringify(previous);
}
