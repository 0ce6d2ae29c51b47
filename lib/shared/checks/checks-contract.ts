import { z } from 'zod/mini';
import type { CheckResult } from '.';
import { LANGUAGES } from '../draft/draft-schema';

// POST /api/checks as the browser reads it. The route answers with lib/shared/checks' full schema (checked outside
// production); the builder checks only the answer's frame: that schema is in `zod` with every description
// and would weigh more than the rest of the builder's script (budget firstLoadJsKb./build).

const isObject = (value: unknown) => typeof value === 'object' && value !== null;

export const checkAnswerSchema = z.object({
  findings: z.array(z.custom<CheckResult['findings'][number]>((finding) => isObject(finding))),
  score: z.custom<CheckResult['score']>((score) => isObject(score) && typeof Reflect.get(score, 'total') === 'number'),
});
export type CheckAnswer = z.infer<typeof checkAnswerSchema>;

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
