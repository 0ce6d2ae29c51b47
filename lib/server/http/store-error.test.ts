import { describe, expect, it } from 'vitest';
import { ImportError } from '../import/import-error';
import { PoolBusyError } from '../runtime/pool-busy';
import { RenderError } from '../render/render-error';
import { ApiError, knownApiError, toErrorResponse } from './api-error';
import { fieldIssues } from '../../shared/http/error-codes';
import { LanguageTakenError, storeError, type StoreFailure, type StoreRoute } from './store-error';

// Every failed store outcome, the route kind it is read for, and the status and code the client gets.
const cases: [StoreFailure, StoreRoute, number, string][] = [
  [{ status: 'not_found' }, 'posting', 404, 'not_found'],
  [{ status: 'gone', reason: 'revoked' }, 'posting', 410, 'gone'],
  [{ status: 'gone', reason: 'expired' }, 'review', 410, 'gone'],
  [{ status: 'unauthorized' }, 'posting', 401, 'unauthorized'],
  [{ status: 'unauthorized' }, 'review', 401, 'unauthorized'],
  [{ status: 'forbidden' }, 'posting', 403, 'forbidden'],
  [{ status: 'forbidden' }, 'review-owner', 403, 'forbidden'],
  [{ status: 'precondition_required' }, 'posting', 428, 'precondition_required'],
  [{ status: 'stale', currentVersion: 4 }, 'posting', 412, 'precondition_failed'],
  [{ status: 'stale', currentVersion: 4 }, 'review', 409, 'conflict'],
  [{ status: 'pruned', version: 2 }, 'posting', 404, 'version_pruned'],
  [{ status: 'language_taken', language: 'de', existingId: 'abc' }, 'posting', 409, 'language_taken'],
  [{ status: 'no_such_version', currentVersion: 3 }, 'review', 400, 'invalid_request'],
  [{ status: 'no_such_comment' }, 'review-owner', 404, 'not_found'],
  [{ status: 'comment_limit', limit: 'open', max: 50 }, 'review', 409, 'comment_limit'],
  [{ status: 'closed', closingDate: '2026-01-31' }, 'posting', 400, 'invalid_request'],
  [{ status: 'not_approved', version: 3 }, 'posting', 409, 'not_approved'],
];

describe('storeError', () => {
  it.each(cases)('%j on a %s route is %i %s', (result, route, status, code) => {
    const error = storeError(result, route);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
  });

  it('covers every kind of failure the stores return', () => {
    const kinds = new Set(cases.map(([result]) => result.status));
    expect(kinds.size).toBe(13);
  });

  it('asks for a bearer token on 401, with the words of the route', () => {
    const posting = storeError({ status: 'unauthorized' });
    const review = storeError({ status: 'unauthorized' }, 'review');
    expect(posting.headers).toEqual({ 'WWW-Authenticate': 'Bearer' });
    expect(posting.message).toMatch(/edit token/);
    expect(review.message).toMatch(/review or edit token/);
    expect(storeError({ status: 'forbidden' }, 'review-owner').message).toMatch(/Only the edit token/);
  });

  it('sends the latest version as ETag on a stale edit or verdict', () => {
    expect(storeError({ status: 'stale', currentVersion: 7 }).headers).toEqual({ ETag: '"7"' });
    expect(storeError({ status: 'stale', currentVersion: 7 }, 'review').headers).toEqual({ ETag: '"7"' });
  });

  it('names the existing language version in the body and Location', () => {
    const error = storeError({ status: 'language_taken', language: 'fr', existingId: 'x y' });
    expect(error).toBeInstanceOf(LanguageTakenError);
    expect(error.headers).toEqual({ Location: '/api/postings/x%20y' });
    expect(error.toBody().error).toMatchObject({ code: 'language_taken', id: 'x y' });
    expect(error.message).toContain('French');
  });

  it('points a closed posting at its closing date and a missing version at the version field', () => {
    expect(storeError({ status: 'closed', closingDate: '2026-01-31' }).issues[0]?.path).toBe('apply.closingDate');
    expect(storeError({ status: 'no_such_version', currentVersion: 3 }, 'review').issues[0]?.path).toBe('version');
  });
});

describe('knownApiError', () => {
  it('maps the errors the domain throws on purpose, and nothing else', () => {
    const busy = knownApiError(new PoolBusyError(7, 'Too busy'));
    expect([busy?.status, busy?.code, busy?.headers]).toEqual([503, 'unavailable', { 'Retry-After': '7' }]);
    const refused = knownApiError(new ImportError('pdf_no_text', 'No text'));
    expect([refused?.status, refused?.code, refused?.message]).toEqual([422, 'pdf_no_text', 'No text']);
    expect(knownApiError(new RenderError('unknown_template', 'Unknown template'))?.status).toBe(404);
    expect(knownApiError(new Error('SQLITE_BUSY'))).toBeUndefined();
  });

  it('leaves anything else to a logged, bare 500', async () => {
    const logged: unknown[] = [];
    const response = toErrorResponse(new Error('SQLITE_BUSY'), (error) => logged.push(error));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('SQLITE');
    expect(logged).toHaveLength(1);
  });
});

describe('fieldIssues', () => {
  it('names each issue by its dotted path, and the whole value by the root name', () => {
    const issues = [
      { path: ['skills', 2, 'years'], message: 'Too many' },
      { path: [], message: 'Not an object' },
    ];
    expect(fieldIssues(issues)).toEqual([
      { path: 'skills.2.years', message: 'Too many' },
      { path: '(root)', message: 'Not an object' },
    ]);
    expect(fieldIssues(issues, 'draft')[1]?.path).toBe('draft');
  });
});
