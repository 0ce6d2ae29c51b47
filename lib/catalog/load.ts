import type { z } from 'zod';
import {
  benefitLibrarySchema,
  responsibilityLibrarySchema,
  roleCatalogSchema,
  type BenefitLibrary,
  type ResponsibilityLibrary,
  type RoleCatalog,
} from './schema';

export class CatalogError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source} is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'CatalogError';
  }
}

/** Names the entry a problem is about (`skills[3] "React"`), so a broken catalog says what to fix. */
function describeIssues(raw: unknown, issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path;
    let where = '';
    let node: unknown = raw;
    for (const key of path) {
      if (typeof key === 'number') {
        where += `[${key}]`;
      } else {
        where += where ? `.${String(key)}` : String(key);
      }
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
      if (typeof key === 'number' && node && typeof node === 'object') {
        const entry = node as { id?: unknown; name?: unknown };
        const label = typeof entry.name === 'string' ? entry.name : typeof entry.id === 'string' ? entry.id : undefined;
        if (label) where += ` "${label}"`;
      }
    }
    return `${where || '(root)'}: ${issue.message}`;
  });
}

function parseWith<T>(schema: z.ZodType<T>, raw: unknown, source: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new CatalogError(source, describeIssues(raw, result.error.issues));
  return result.data;
}

export function parseRoleCatalog(raw: unknown, source = 'role catalog'): RoleCatalog {
  return parseWith(roleCatalogSchema, raw, source);
}

export function parseResponsibilityLibrary(
  raw: unknown,
  catalog: RoleCatalog,
  source = 'responsibility library',
): ResponsibilityLibrary {
  const library = parseWith(responsibilityLibrarySchema, raw, source);
  const skillIds = new Set(catalog.skills.map((s) => s.id));
  const problems: string[] = [];
  const seen = new Set<string>();
  library.items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push(`items[${index}] "${item.id}": duplicate id`);
    seen.add(item.id);
    for (const skill of item.skills) {
      if (!skillIds.has(skill)) problems.push(`items[${index}] "${item.id}": unknown skill "${skill}"`);
    }
  });
  if (library.roleId !== catalog.id) problems.push(`roleId "${library.roleId}" is not "${catalog.id}"`);
  if (problems.length) throw new CatalogError(source, problems);
  return library;
}

export function parseBenefitLibrary(raw: unknown, source = 'benefit library'): BenefitLibrary {
  const library = parseWith(benefitLibrarySchema, raw, source);
  const seen = new Set<string>();
  const problems: string[] = [];
  library.items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push(`items[${index}] "${item.id}": duplicate id`);
    seen.add(item.id);
  });
  if (problems.length) throw new CatalogError(source, problems);
  return library;
}
