import { ContentError, parseContent } from '../parse-content';
import {
  benefitLibrarySchema,
  responsibilityLibrarySchema,
  roleCatalogSchema,
  type BenefitLibrary,
  type ResponsibilityLibrary,
  type RoleCatalog,
} from './schema';

export function parseRoleCatalog(raw: unknown, source = 'role catalog'): RoleCatalog {
  return parseContent(roleCatalogSchema, raw, source);
}

export function parseResponsibilityLibrary(
  raw: unknown,
  catalog: RoleCatalog,
  source = 'responsibility library',
): ResponsibilityLibrary {
  const library = parseContent(responsibilityLibrarySchema, raw, source);
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
  if (problems.length) throw new ContentError(source, problems);
  return library;
}

export function parseBenefitLibrary(raw: unknown, source = 'benefit library'): BenefitLibrary {
  const library = parseContent(benefitLibrarySchema, raw, source);
  const seen = new Set<string>();
  const problems: string[] = [];
  library.items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push(`items[${index}] "${item.id}": duplicate id`);
    seen.add(item.id);
  });
  if (problems.length) throw new ContentError(source, problems);
  return library;
}
