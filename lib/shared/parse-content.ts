import type { z } from 'zod';

// The one way content/ files (catalog, lexicons, rules, templates) become typed data: parsed once at import,
// and a broken file fails the build and the tests with the file and the field that are wrong.

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
  }
}

/** Names the entry a problem is about (`skills[3] "React"`), so a broken file says what to fix. */
function describeIssues(raw: unknown, issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    let where = '';
    let node: unknown = raw;
    for (const key of issue.path) {
      where += typeof key === 'number' ? `[${key}]` : where ? `.${String(key)}` : String(key);
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
      if (typeof key === 'number' && node && typeof node === 'object') {
        const entry = node as { id?: unknown; name?: unknown; word?: unknown };
        const label = [entry.name, entry.id, entry.word].find((v): v is string => typeof v === 'string');
        if (label) where += ` "${label}"`;
      }
    }
    return `${where || '(root)'}: ${issue.message}`;
  });
}

/** Parses one content file's data with its schema; throws a ContentError naming the file and each bad field. */
export function parseContent<T>(schema: z.ZodType<T>, raw: unknown, file: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new ContentError(file, describeIssues(raw, result.error.issues));
  return result.data;
}
