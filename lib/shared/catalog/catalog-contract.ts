import { z } from 'zod/mini';
import { LANGUAGES } from '../draft/draft-schema';

/** `GET /api/catalog/{roleId}?lang=`: the catalog's language, English when absent. */
export const catalogQuerySchema = z.object({
  lang: z.optional(
    z.enum(LANGUAGES, { error: 'lang must be one of en, de, fr, es, nl' }).register(z.globalRegistry, {
      description: 'The language of the names, definitions and category words; ids and figures are the same in all',
    }),
  ),
});
