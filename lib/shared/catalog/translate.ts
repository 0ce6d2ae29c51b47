import { ContentError, parseContent } from '../parse-content';
import { catalogTranslationSchema, type CatalogTranslation } from './translation-schema';
import type { RoleCatalog } from './schema';

/**
 * Parses one language's catalog words against the English catalog: every skill and category id of the
 * catalog must be there, and no other, so a skill added in English without its translation fails the
 * build and the tests, naming the id.
 */
export function parseCatalogTranslation(raw: unknown, catalog: RoleCatalog, source: string): CatalogTranslation {
  const translation = parseContent(catalogTranslationSchema, raw, source);
  const problems: string[] = [];
  if (translation.roleId !== catalog.id) problems.push(`roleId "${translation.roleId}" is not "${catalog.id}"`);
  const compare = (what: string, expected: string[], actual: string[]) => {
    for (const id of expected) if (!actual.includes(id)) problems.push(`${what} "${id}": missing`);
    for (const id of actual) if (!expected.includes(id)) problems.push(`${what} "${id}": not in the catalog`);
  };
  compare(
    'skills',
    catalog.skills.map((s) => s.id),
    Object.keys(translation.skills),
  );
  compare(
    'categories',
    catalog.categories.map((c) => c.id),
    Object.keys(translation.categories),
  );
  if (problems.length) throw new ContentError(source, problems);
  return translation;
}

/**
 * The catalog in another language: the same ids, figures, order and source, with the translated title,
 * category words, skill names and definitions. The English name joins the aliases, so a search for
 * "Unit testing" still finds "Unit-Tests".
 */
export function translateCatalog(catalog: RoleCatalog, translation: CatalogTranslation): RoleCatalog {
  return {
    ...catalog,
    title: translation.title,
    categories: catalog.categories.map((category) => ({ ...category, ...translation.categories[category.id]! })),
    skills: catalog.skills.map((skill) => {
      const words = translation.skills[skill.id]!;
      const aliases = words.name === skill.name ? skill.aliases : [skill.name, ...skill.aliases];
      return { ...skill, name: words.name, definition: words.definition, aliases };
    }),
  };
}
