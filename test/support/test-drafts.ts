import type { RoleCatalog } from '../../lib/shared/catalog/schema';
import { exampleDraft, minimalDraft } from '../../lib/shared/draft/example-draft';
import type { Draft, Language } from '../../lib/shared/draft/draft-schema';
import type { CheckContext } from '../../lib/shared/checks/check-context';
import { checkMessages } from '../../lib/shared/checks/messages/check-messages';
import { buildTextModel } from '../../lib/shared/checks/text-model';

// Drafts and a small catalog for the checks' tests: stable, whatever the real content files say.

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

function merge<T>(base: T, patch: DeepPartial<T> | undefined): T {
  if (patch === undefined) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
        ? merge(current, value as DeepPartial<typeof current>)
        : value;
  }
  return out as T;
}

/** The full example draft with some fields replaced; `undefined` in the patch removes a field. */
export function exampleWith(patch: DeepPartial<Draft> = {}): Draft {
  return merge(structuredClone(exampleDraft), patch);
}

export function minimalWith(patch: DeepPartial<Draft> = {}): Draft {
  return merge(structuredClone(minimalDraft), patch);
}

/** A draft whose only prose is the summary, so wording tests see nothing else. */
export function draftWithSummary(summary: string, patch: DeepPartial<Draft> = {}): Draft {
  return merge(minimalWith({ job: { summary, title: 'Engineer' } }), patch);
}

const skill = (id: string, name: string, min: number, max: number) => ({
  id,
  name,
  category: 'core',
  definition: `${name}: a skill used in tests of the checks, with fixed typical years.`,
  typicalYears: { min, max },
  postingShare: 10,
  aliases: [],
});

export const testCatalog: RoleCatalog = {
  id: 'back-end-developer',
  title: 'Back End Developer',
  source: { title: 'Test catalog', publisher: 'Postwright tests' },
  categories: [{ id: 'core', name: 'Core', description: 'Core skills' }],
  skills: [
    skill('apis', 'APIs', 4, 5),
    skill('javascript', 'JavaScript', 4, 5),
    skill('sql', 'SQL', 4, 5),
    skill('rest', 'REST', 4, 5),
    skill('react', 'React', 4, 5),
    skill('postgresql', 'PostgreSQL', 3, 4),
    skill('unit-testing', 'Unit testing', 4, 5),
    skill('debugging', 'Debugging', 4, 5),
    skill('php', 'PHP', 3, 4),
    skill('mongodb', 'MongoDB', 4, 5),
    skill('git', 'Git', 0, 1),
  ],
};

/** What a check is handed, for one draft: the text model built as runChecks builds it. */
export function contextFor(
  draft: Draft,
  options: {
    catalog?: RoleCatalog;
    today?: Date;
    renderedText?: string;
    dismissed?: string[];
    lang?: Language;
  } = {},
): CheckContext {
  return {
    draft,
    text: buildTextModel(draft, options.renderedText),
    catalog: options.catalog ?? testCatalog,
    today: options.today ?? new Date('2026-11-24T12:00:00Z'),
    dismissed: new Set(options.dismissed ?? []),
    messages: checkMessages(options.lang ?? 'en'),
  };
}
