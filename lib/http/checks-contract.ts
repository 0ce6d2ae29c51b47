import { z } from 'zod/mini';
import { LANGUAGES } from '../draft/draft-schema';

/**
 * `POST /api/checks?lang=`: the language the findings, check states and score are said in (the reader's,
 * not the draft's); English when absent. Refused as the catalog's `lang` is: the same values, the same 400.
 */
export const checksQuerySchema = z.object({
  lang: z.optional(
    z.enum(LANGUAGES, { error: 'lang must be one of en, de, fr, es, nl' }).register(z.globalRegistry, {
      description:
        'The language of the messages, suggestions, reasons and labels; ids, severities, scores and the words quoted from the draft are the same in all',
    }),
  ),
});
