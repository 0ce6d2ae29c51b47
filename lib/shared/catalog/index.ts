import backEndDeveloper from '../../../content/roles/back-end-developer.json';
import backEndResponsibilities from '../../../content/responsibilities/back-end-developer.json';
import benefits from '../../../content/benefits.json';
import { parseBenefitLibrary, parseResponsibilityLibrary, parseRoleCatalog } from './load';
import type { CatalogSkill, RoleCatalog } from './schema';

// Parsed once when first imported: a broken content file fails the build and the tests, naming the entry.
const catalogs: Record<string, RoleCatalog> = {
  'back-end-developer': parseRoleCatalog(backEndDeveloper, 'content/roles/back-end-developer.json'),
};

const responsibilities = {
  'back-end-developer': parseResponsibilityLibrary(
    backEndResponsibilities,
    catalogs['back-end-developer']!,
    'content/responsibilities/back-end-developer.json',
  ),
};

const benefitLibrary = parseBenefitLibrary(benefits, 'content/benefits.json');

export const DEFAULT_ROLE_ID = 'back-end-developer';

export function listRoleIds(): string[] {
  return Object.keys(catalogs);
}

export function getRoleCatalog(roleId: string): RoleCatalog | undefined {
  return Object.hasOwn(catalogs, roleId) ? catalogs[roleId] : undefined;
}

export function getResponsibilities(roleId: string) {
  return Object.hasOwn(responsibilities, roleId) ? responsibilities[roleId as keyof typeof responsibilities].items : [];
}

export function getBenefits() {
  return benefitLibrary.items;
}

export function findSkill(catalog: RoleCatalog, id: string): CatalogSkill | undefined {
  return catalog.skills.find((skill) => skill.id === id);
}

export * from './schema';
export { slugify } from './slug';
export { ContentError } from '../parse-content';
export { parseRoleCatalog, parseResponsibilityLibrary, parseBenefitLibrary } from './load';
