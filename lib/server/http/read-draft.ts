import type { Draft } from '../../shared/draft/draft-schema';
import { validateDraft } from '../../shared/draft/validate-draft';
import { ApiError } from './api-error';
import { readJsonBody } from './read-json-body';

/** 415 / 413 / 400 (JSON) / 400 (draft, with every failing field) or the valid draft. */
export async function readDraft(request: Request): Promise<Draft> {
  const body = await readJsonBody(request);
  const result = validateDraft(body);
  if (!result.success) throw new ApiError('invalid_draft', 'The draft is not valid', result.issues);
  return result.draft;
}
