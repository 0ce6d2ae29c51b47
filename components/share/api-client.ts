'use client';

import { z } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { errorBodySchema, isErrorCode, type ErrorCode, type FieldIssue } from '@/lib/http/error-codes';

// The browser's one way to call the API: answers parsed with the contract's schemas, failures as error codes.

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

async function failure(response: Response): Promise<ApiFailure> {
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    return { ok: false, code: 'unexpected_response', message: `Postwright answered ${response.status}. Try again.` };
  }
  const { code, message, issues } = parsed.data.error;
  return { ok: false, code: isErrorCode(code) ? code : 'unexpected_response', message, issues };
}

export async function callApi<S extends $ZodType | null>(
  schema: S,
  input: string,
  init: RequestInit,
): Promise<ApiResult<S extends $ZodType ? output<S> : undefined>> {
  type Data = S extends $ZodType ? output<S> : undefined;
  let response: Response;
  try {
    response = await fetch(input, init);
  } catch {
    return { ok: false, code: 'network', message: 'No connection to Postwright. Check your network and try again.' };
  }
  if (!response.ok) return failure(response);
  if (schema === null) return { ok: true, data: undefined as Data };
  const parsed = z.safeParse(schema, await response.json().catch(() => undefined));
  if (!parsed.success) {
    return { ok: false, code: 'unexpected_response', message: 'Postwright sent an answer this page cannot read.' };
  }
  return { ok: true, data: parsed.data as Data };
}
