import '#server-only';
import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { roleCatalogSchema } from '../../shared/catalog/schema';
import { checkResultSchema } from '../../shared/checks';
import { draftSchema } from '../../shared/draft/draft-schema';
import {
  jobBodySchema,
  jobIdParams,
  jobsListBodySchema,
  jobsListQuerySchema,
} from '../../shared/publishing/jobs-api-contract';
import { logoFileParams, uploadedLogoSchema } from '../../shared/publishing/logo-contract';
import { publishedBodySchema } from '../../shared/publishing/publish-contract';
import { importResultSchema } from '../../shared/import/import-contract';
import { FORMAT_FILES, PAGE_SIZES, RENDER_FORMATS } from '../render/format';
import { commentListQuerySchema } from '../../shared/review/comment-paging';
import { commentInputSchema, resolveInputSchema, verdictInputSchema } from '../../shared/review/review-schema';
import { versionDiffSchema } from '../review/version-diff';
import { catalogQuerySchema } from '../../shared/catalog/catalog-contract';
import { checksQuerySchema } from '../../shared/checks/checks-contract';
import {
  createdPostingSchema,
  postingBodySchema,
  postingIdParams,
  postingSettingsBodySchema,
  postingVersionParams,
  postingWriteQuery,
  translationRequestSchema,
  updatedPostingSchema,
  versionBodySchema,
  versionListSchema,
} from '../../shared/postings/postings-contract';
import {
  commentBodySchema,
  commentCountsBodySchema,
  commentListBodySchema,
  commentParams,
  diffParams,
  reviewLinkBodySchema,
  verdictBodySchema,
  verdictListBodySchema,
} from '../../shared/review/review-contract';

// Every endpoint of the HTTP API (spec "HTTP API, version 1") with the zod schemas its route parses and answers
// with: the OpenAPI document (./openapi-document.ts) is generated from this list.

/** The schemas named in the document's components, each under one name. */
export const namedSchemas = {
  Draft: draftSchema,
  RoleCatalog: roleCatalogSchema,
  CheckResult: checkResultSchema,
  CreatedPosting: createdPostingSchema,
  Posting: postingBodySchema,
  UpdatedPosting: updatedPostingSchema,
  PostingSettings: postingSettingsBodySchema,
  TranslationRequest: translationRequestSchema,
  VersionList: versionListSchema,
  Version: versionBodySchema,
  VersionDiff: versionDiffSchema,
  Published: publishedBodySchema,
  UploadedLogo: uploadedLogoSchema,
  ReviewLink: reviewLinkBodySchema,
  CommentInput: commentInputSchema,
  Comment: commentBodySchema,
  CommentList: commentListBodySchema,
  CommentCounts: commentCountsBodySchema,
  ImportResult: importResultSchema,
  ResolveInput: resolveInputSchema,
  VerdictInput: verdictInputSchema,
  Verdict: verdictBodySchema,
  VerdictList: verdictListBodySchema,
  JobsList: jobsListBodySchema,
  Job: jobBodySchema,
} satisfies Record<string, $ZodType>;
export type SchemaName = keyof typeof namedSchemas | 'Error';

/** `?format=` and friends of the render and export endpoints (lib/server/http/render-response.ts reads them). */
export const renderQuerySchema = z.object({
  format: z.enum(RENDER_FORMATS),
  template: z.optional(z.string()),
  pageSize: z.optional(z.enum(PAGE_SIZES)),
  download: z.optional(z.literal('1')),
});

export type Auth = 'edit' | 'review or edit' | 'optional edit';

export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: 'catalog' | 'render' | 'checks' | 'import' | 'postings' | 'review' | 'publishing' | 'jobs' | 'meta';
  auth?: Auth;
  params?: $ZodType;
  query?: $ZodType;
  /** The JSON request body. */
  body?: SchemaName;
  /** A body that is not JSON: pasted text or one uploaded file (POST /api/import), or a raw image. */
  upload?: true | 'image';
  /** The success answer: a status with a JSON schema, a set of media types, or nothing (204). */
  success: { status: number; description: string; schema?: SchemaName; media?: string[] };
  /** Headers the request may or must send. */
  headers?: ('If-Match' | 'If-None-Match')[];
  /** The error statuses this operation can answer (each with the error body). */
  errors: number[];
  /** Answered to any origin (CORS). */
  cors?: boolean;
}

const RENDER_MEDIA = [...new Set(RENDER_FORMATS.map((f) => FORMAT_FILES[f].contentType.split(';')[0]!))];
const WRITE = [400, 413, 415, 429];
const OWNER = [401, 403, 404, 410];

type Method = OperationSpec['method'];
type MethodSpec = Omit<OperationSpec, 'method' | 'path' | 'tag'> & Partial<Pick<OperationSpec, 'tag'>>;

/** The operations on one path, in the document's order: what they share is said once. */
const onPath = (
  path: string,
  shared: Partial<OperationSpec> & Pick<OperationSpec, 'tag'>,
  methods: Partial<Record<Method, MethodSpec>>,
): OperationSpec[] =>
  Object.entries(methods).map(([method, spec]) => ({ method: method as Method, path, ...shared, ...spec }));

const json = (status: number, description: string, schema: SchemaName) => ({ status, description, schema });
const rendered = { status: 200, description: 'The finished posting', media: RENDER_MEDIA };
/** A write with a JSON body that may conflict with what is stored (409). */
const conflictingWrite = (summary: string, body: SchemaName, success: OperationSpec['success']) => ({
  summary,
  body,
  success,
  errors: [...WRITE, ...OWNER, 409],
});
/** A read that only the posting's owner or its reviewers may make. */
const privateRead = (summary: string, success: OperationSpec['success']) => ({ summary, success, errors: OWNER });
/** An owner's removal: it answers 204 and nothing else. */
const removal = (summary: string, description: string) => ({
  summary,
  success: { status: 204, description },
  errors: [...OWNER, 429],
});
const OWNED = { auth: 'edit', params: postingIdParams } as const;
const REVIEWED = { auth: 'review or edit', params: postingIdParams } as const;

export const operations: OperationSpec[] = [
  ...onPath(
    '/api/catalog/{roleId}',
    { tag: 'catalog' },
    {
      get: {
        summary: "A role's skill catalog, in one of the posting languages",
        params: z.object({ roleId: z.string() }),
        query: catalogQuerySchema,
        success: json(200, 'The catalog (`Content-Language` names its language)', 'RoleCatalog'),
        errors: [400, 404],
      },
    },
  ),
  ...onPath(
    '/api/render',
    { tag: 'render' },
    {
      post: {
        summary: 'Render a draft (nothing is stored)',
        query: renderQuerySchema,
        body: 'Draft',
        success: rendered,
        errors: [...WRITE, 404, 503],
      },
    },
  ),
  ...onPath(
    '/api/checks',
    { tag: 'checks' },
    {
      post: {
        summary: 'Check a draft (nothing is stored), with the findings said in one of the posting languages',
        query: checksQuerySchema,
        body: 'Draft',
        success: json(
          200,
          'Findings and score (`Content-Language` names the language they are said in)',
          'CheckResult',
        ),
        errors: WRITE,
      },
    },
  ),
  ...onPath(
    '/api/import',
    { tag: 'import' },
    {
      post: {
        summary: 'Read an existing posting (pasted text or one file) into a draft (nothing is stored)',
        upload: true,
        success: json(200, 'The draft and where each line went', 'ImportResult'),
        errors: [400, 413, 415, 422, 429, 503],
      },
    },
  ),
  ...onPath(
    '/api/postings',
    { tag: 'postings' },
    {
      post: {
        summary: 'Store a draft and make its share links',
        query: postingWriteQuery,
        body: 'Draft',
        success: json(201, 'Created', 'CreatedPosting'),
        errors: WRITE,
      },
    },
  ),
  ...onPath(
    '/api/postings/{id}',
    { tag: 'postings', ...OWNED },
    {
      get: {
        summary: 'A posting (with the edit token: its publication and approval too)',
        auth: 'optional edit',
        success: json(200, 'The posting', 'Posting'),
        errors: [401, 403, 404, 410],
      },
      put: {
        summary: 'Save a new version',
        query: postingWriteQuery,
        headers: ['If-Match'],
        body: 'Draft',
        success: json(200, 'The new version', 'UpdatedPosting'),
        // 409 language_taken: the draft's language is another language version's.
        errors: [...WRITE, ...OWNER, 409, 412, 428],
      },
      patch: {
        summary: "Change the posting's settings (requireApproval)",
        body: 'PostingSettings',
        success: json(200, 'The settings', 'PostingSettings'),
        errors: [...WRITE, ...OWNER],
      },
      delete: removal('Revoke the posting and its links', 'Revoked'),
    },
  ),
  ...onPath(
    '/api/postings/{id}/translations',
    { tag: 'postings', ...OWNED },
    {
      post: conflictingWrite(
        'Add a language version: a posting of its own sharing structure, pay, location, skills and apply data (409 language_taken names the existing version in error.id)',
        'TranslationRequest',
        json(201, 'The new language version and its own edit token', 'CreatedPosting'),
      ),
    },
  ),
  ...onPath(
    '/api/postings/{id}/versions',
    { tag: 'postings', params: postingIdParams },
    {
      get: { summary: 'Every stored version', success: json(200, 'The versions', 'VersionList'), errors: [404, 410] },
    },
  ),
  ...onPath(
    '/api/postings/{id}/versions/{version}',
    { tag: 'postings', params: postingVersionParams },
    {
      get: { summary: 'One stored version', success: json(200, 'The version', 'Version'), errors: [404, 410] },
    },
  ),
  ...onPath(
    '/api/postings/{id}/versions/{version}/diff/{other}',
    { tag: 'review', params: diffParams },
    {
      get: {
        summary: 'What changed between two versions',
        success: json(200, 'The difference', 'VersionDiff'),
        errors: [404, 410],
      },
    },
  ),
  ...onPath(
    '/api/postings/{id}/export',
    { tag: 'render', params: postingIdParams },
    {
      get: {
        summary: 'The stored latest version, rendered',
        query: renderQuerySchema,
        success: rendered,
        errors: [400, 404, 410, 429, 503],
      },
    },
  ),
  ...onPath(
    '/api/postings/{id}/publish',
    { tag: 'publishing', ...OWNED },
    {
      post: {
        summary: 'Publish the latest version at /jobs/{id}',
        success: json(200, 'Published', 'Published'),
        errors: [400, ...OWNER, 409, 429],
      },
    },
  ),
  ...onPath(
    '/api/postings/{id}/logo',
    { tag: 'publishing', ...OWNED },
    {
      put: {
        summary: "Upload the employer's logo: checked, re-encoded and stored; its path is for company.logoUrl",
        upload: 'image',
        success: json(201, 'Stored (200 when the same file was stored before)', 'UploadedLogo'),
        errors: [400, ...OWNER, 413, 415, 422, 429],
      },
    },
  ),
  ...onPath(
    '/api/postings/{id}/logo/{file}',
    { tag: 'publishing', params: logoFileParams },
    {
      get: {
        summary: 'An uploaded logo (immutable: a new upload has a new name)',
        headers: ['If-None-Match'],
        success: { status: 200, description: 'The image', media: ['image/png', 'image/webp'] },
        errors: [404, 410],
      },
    },
  ),
  ...onPath(
    '/api/postings/{id}/publish',
    { tag: 'publishing', ...OWNED },
    {
      delete: removal('Unpublish', 'Unpublished'),
    },
  ),
  ...onPath(
    '/api/postings/{id}/review-links',
    { tag: 'review', ...OWNED },
    {
      post: { summary: 'Invite reviewers', success: json(201, 'A review link', 'ReviewLink'), errors: [...OWNER, 429] },
      delete: removal('Revoke every review link', 'Revoked'),
    },
  ),
  ...onPath(
    '/api/postings/{id}/comments',
    { tag: 'review', ...REVIEWED },
    {
      post: conflictingWrite('Comment on a section', 'CommentInput', json(201, 'The comment', 'Comment')),
      get: {
        summary: 'A page of comments, oldest first',
        query: commentListQuerySchema,
        success: json(200, 'The comments', 'CommentList'),
        errors: [400, ...OWNER],
      },
    },
  ),
  ...onPath(
    '/api/postings/{id}/comments/counts',
    { tag: 'review', ...REVIEWED },
    {
      get: privateRead('Open and total comments, per section and in all', json(200, 'The counts', 'CommentCounts')),
    },
  ),
  ...onPath(
    '/api/postings/{id}/comments/{commentId}',
    { tag: 'review', ...OWNED, params: commentParams },
    {
      patch: {
        summary: 'Resolve or reopen a comment',
        body: 'ResolveInput',
        success: json(200, 'The comment', 'Comment'),
        errors: [...WRITE, ...OWNER],
      },
    },
  ),
  ...onPath(
    '/api/postings/{id}/reviews',
    { tag: 'review', ...REVIEWED },
    {
      post: conflictingWrite('A verdict on the latest version', 'VerdictInput', json(201, 'The verdict', 'Verdict')),
      get: privateRead('Every verdict and the approved version', json(200, 'The verdicts', 'VerdictList')),
    },
  ),
  ...onPath(
    '/api/jobs',
    { tag: 'jobs', cors: true, headers: ['If-None-Match'] },
    {
      get: {
        summary: 'Every live job, a page at a time',
        query: jobsListQuerySchema,
        success: json(200, 'A page of jobs', 'JobsList'),
        errors: [400, 429],
      },
    },
  ),
  ...onPath(
    '/api/jobs/{id}',
    { tag: 'jobs', cors: true, headers: ['If-None-Match'] },
    {
      get: {
        summary: 'One live job with its content',
        params: jobIdParams,
        success: json(200, 'The job', 'Job'),
        errors: [404, 410, 429],
      },
    },
  ),
  ...onPath(
    '/api/openapi.json',
    { tag: 'meta' },
    {
      get: {
        summary: 'This document',
        success: { status: 200, description: 'OpenAPI 3.1', media: ['application/json'] },
        errors: [],
      },
    },
  ),
];
