import { z } from 'zod';
import { LANGUAGES } from '../draft/draft-schema';
import { skillIdPattern } from './schema';

/**
 * One language's words for a role's catalog: the role title, every category and every skill, keyed by id.
 * Only words live here; ids, figures and aliases stay in the English catalog, so they cannot drift apart.
 * Every skill carries its name even where it is the English one (a product name such as PostgreSQL):
 * a name left out would silently fall back to English, so the parser asks for it.
 */
export const catalogTranslationSchema = z.strictObject({
  roleId: z.string().regex(skillIdPattern),
  language: z.enum(LANGUAGES.filter((l) => l !== 'en') as ['de', 'fr', 'es', 'nl']),
  title: z.string().min(1).max(120),
  categories: z.record(
    z.string().regex(skillIdPattern),
    z.strictObject({ name: z.string().min(1).max(60), description: z.string().min(1).max(300) }),
  ),
  skills: z.record(
    z.string().regex(skillIdPattern),
    // Room beyond the English 400 characters: German and French run some 20–30% longer.
    z.strictObject({ name: z.string().min(1).max(60), definition: z.string().min(20).max(520) }),
  ),
});

export type CatalogTranslation = z.infer<typeof catalogTranslationSchema>;
export type CatalogLanguage = CatalogTranslation['language'] | 'en';
