import { z } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { errorBodySchema, isErrorCode, type ErrorCode, type FieldIssue } from '@/lib/shared/http/error-codes';

// The browser's one way to call the API (the only `fetch` under components/): answers parsed with the
// contract's schemas, failures as error codes. The typed calls per endpoint are built on it beside their
// views (postings-api.ts, review-client.ts, render-api.ts, …), each from its contract in lib/.

/**
 * Why a call failed: one of the API's error codes, `network` when no answer came, `unexpected_response`
 * when the answer does not follow the contract (a proxy's error page, a code newer than this client).
 */
export type ApiFailureCode = ErrorCode | 'network' | 'unexpected_response';

export interface ApiFailure {
  ok: false;
  code: ApiFailureCode;
  message: string;
  issues?: FieldIssue[];
}

export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

const NO_CONNECTION: ApiFailure = {
  ok: false,
  code: 'network',
  message: 'No connection to Postwright. Check your network and try again.',
};
const UNREADABLE: ApiFailure = {
  ok: false,
  code: 'unexpected_response',
  message: 'Postwright sent an answer this page cannot read.',
};

async function failure(response: Response): Promise<ApiFailure> {
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    return { ok: false, code: 'unexpected_response', message: `Postwright answered ${response.status}. Try again.` };
  }
  const { code, message, issues } = parsed.data.error;
  return { ok: false, code: isErrorCode(code) ? code : 'unexpected_response', message, issues };
}

/**
 * The answer itself when it is a success, for a body that is not JSON (a rendered file, HTML): its
 * headers name the file. An aborted call is a `network` failure; the caller that aborted knows why.
 */
export async function callApiForResponse(input: string, init: RequestInit): Promise<ApiResult<Response>> {
  let response: Response;
  try {
    response = await fetch(input, init);
  } catch {
    return NO_CONNECTION;
  }
  if (!response.ok) return failure(response);
  return { ok: true, data: response };
}

/**
 * A success answer's JSON, parsed with the contract's schema (`unexpected_response` when it does not fit).
 * A call aborted while its body is read still throws its AbortError: the caller that aborted knows why.
 */
export async function readAnswer<S extends $ZodType>(schema: S, response: Response): Promise<ApiResult<output<S>>> {
  const body: unknown = await response.json().catch((error: unknown) => {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return undefined;
  });
  const parsed = z.safeParse(schema, body);
  return parsed.success ? { ok: true, data: parsed.data } : UNREADABLE;
}

/** A JSON call: the success body parsed with `schema`, or no body at all (`null`: a 204). */
export async function callApi<S extends $ZodType | null>(
  schema: S,
  input: string,
  init: RequestInit,
): Promise<ApiResult<S extends $ZodType ? output<S> : undefined>> {
  type Data = S extends $ZodType ? output<S> : undefined;
  const answer = await callApiForResponse(input, init);
  if (!answer.ok) return answer;
  if (schema === null) return { ok: true, data: undefined as Data };
  return (await readAnswer(schema, answer.data)) as ApiResult<Data>;
}
