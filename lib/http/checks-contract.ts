import { z } from 'zod/mini';
import type { CheckResult } from '../checks';

// POST /api/checks as the browser reads it. The route answers with lib/checks' full schema (checked outside
// production); the builder checks only the answer's frame: that schema is in `zod` with every description
// and would weigh more than the rest of the builder's script (budget firstLoadJsKb./build).

const isObject = (value: unknown) => typeof value === 'object' && value !== null;

export const checkAnswerSchema = z.object({
  findings: z.array(z.custom<CheckResult['findings'][number]>((finding) => isObject(finding))),
  score: z.custom<CheckResult['score']>((score) => isObject(score) && typeof Reflect.get(score, 'total') === 'number'),
});
export type CheckAnswer = z.infer<typeof checkAnswerSchema>;
