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

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/catalog/{roleId}',
    summary: "A role's skill catalog, in one of the posting languages",
    tag: 'catalog',
    params: z.object({ roleId: z.string() }),
    query: catalogQuerySchema,
    success: { status: 200, description: 'The catalog (`Content-Language` names its language)', schema: 'RoleCatalog' },
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/api/render',
    summary: 'Render a draft (nothing is stored)',
    tag: 'render',
    query: renderQuerySchema,
    body: 'Draft',
    success: { status: 200, description: 'The finished posting', media: RENDER_MEDIA },
    errors: [...WRITE, 404, 503],
  },
  {
    method: 'post',
    path: '/api/checks',
    summary: 'Check a draft (nothing is stored), with the findings said in one of the posting languages',
    tag: 'checks',
    query: checksQuerySchema,
    body: 'Draft',
    success: {
      status: 200,
      description: 'Findings and score (`Content-Language` names the language they are said in)',
      schema: 'CheckResult',
    },
    errors: WRITE,
  },
  {
    method: 'post',
    path: '/api/import',
    summary: 'Read an existing posting (pasted text or one file) into a draft (nothing is stored)',
    tag: 'import',
    upload: true,
    success: { status: 200, description: 'The draft and where each line went', schema: 'ImportResult' },
    errors: [400, 413, 415, 422, 429, 503],
  },
  {
    method: 'post',
    path: '/api/postings',
    summary: 'Store a draft and make its share links',
    tag: 'postings',
    query: postingWriteQuery,
    body: 'Draft',
    success: { status: 201, description: 'Created', schema: 'CreatedPosting' },
    errors: WRITE,
  },
  {
    method: 'get',
    path: '/api/postings/{id}',
    summary: 'A posting (with the edit token: its publication and approval too)',
    tag: 'postings',
    auth: 'optional edit',
    params: postingIdParams,
    success: { status: 200, description: 'The posting', schema: 'Posting' },
    errors: [401, 403, 404, 410],
  },
  {
    method: 'put',
    path: '/api/postings/{id}',
    summary: 'Save a new version',
    tag: 'postings',
    auth: 'edit',
    params: postingIdParams,
    query: postingWriteQuery,
    headers: ['If-Match'],
    body: 'Draft',
    success: { status: 200, description: 'The new version', schema: 'UpdatedPosting' },
    // 409 language_taken: the draft's language is another language version's.
    errors: [...WRITE, ...OWNER, 409, 412, 428],
  },
  {
    method: 'patch',
    path: '/api/postings/{id}',
    summary: "Change the posting's settings (requireApproval)",
    tag: 'postings',
    auth: 'edit',
    params: postingIdParams,
    body: 'PostingSettings',
    success: { status: 200, description: 'The settings', schema: 'PostingSettings' },
    errors: [...WRITE, ...OWNER],
  },
  {
    method: 'delete',
    path: '/api/postings/{id}',
    summary: 'Revoke the posting and its links',
    tag: 'postings',
    auth: 'edit',
    params: postingIdParams,
    success: { status: 204, description: 'Revoked' },
    errors: [...OWNER, 429],
  },
  {
    method: 'post',
    path: '/api/postings/{id}/translations',
    summary:
      'Add a language version: a posting of its own sharing structure, pay, location, skills and apply data (409 language_taken names the existing version in error.id)',
    tag: 'postings',
    auth: 'edit',
    params: postingIdParams,
    body: 'TranslationRequest',
    success: { status: 201, description: 'The new language version and its own edit token', schema: 'CreatedPosting' },
    errors: [...WRITE, ...OWNER, 409],
  },
  {
    method: 'get',
    path: '/api/postings/{id}/versions',
    summary: 'Every stored version',
    tag: 'postings',
    params: postingIdParams,
    success: { status: 200, description: 'The versions', schema: 'VersionList' },
    errors: [404, 410],
  },
  {
    method: 'get',
    path: '/api/postings/{id}/versions/{version}',
    summary: 'One stored version',
    tag: 'postings',
    params: postingVersionParams,
    success: { status: 200, description: 'The version', schema: 'Version' },
    errors: [404, 410],
  },
  {
    method: 'get',
    path: '/api/postings/{id}/versions/{version}/diff/{other}',
    summary: 'What changed between two versions',
    tag: 'review',
    params: diffParams,
    success: { status: 200, description: 'The difference', schema: 'VersionDiff' },
    errors: [404, 410],
  },
  {
    method: 'get',
    path: '/api/postings/{id}/export',
    summary: 'The stored latest version, rendered',
    tag: 'render',
    params: postingIdParams,
    query: renderQuerySchema,
    success: { status: 200, description: 'The finished posting', media: RENDER_MEDIA },
    errors: [400, 404, 410, 429, 503],
  },
  {
    method: 'post',
    path: '/api/postings/{id}/publish',
    summary: 'Publish the latest version at /jobs/{id}',
    tag: 'publishing',
    auth: 'edit',
    params: postingIdParams,
    success: { status: 200, description: 'Published', schema: 'Published' },
    errors: [400, ...OWNER, 409, 429],
  },
  {
    method: 'put',
    path: '/api/postings/{id}/logo',
    summary: "Upload the employer's logo: checked, re-encoded and stored; its path is for company.logoUrl",
    tag: 'publishing',
    auth: 'edit',
    params: postingIdParams,
    upload: 'image',
    success: { status: 201, description: 'Stored (200 when the same file was stored before)', schema: 'UploadedLogo' },
    errors: [400, ...OWNER, 413, 415, 422, 429],
  },
  {
    method: 'get',
    path: '/api/postings/{id}/logo/{file}',
    summary: 'An uploaded logo (immutable: a new upload has a new name)',
    tag: 'publishing',
    params: logoFileParams,
    headers: ['If-None-Match'],
    success: { status: 200, description: 'The image', media: ['image/png', 'image/webp'] },
    errors: [404, 410],
  },
  {
    method: 'delete',
    path: '/api/postings/{id}/publish',
    summary: 'Unpublish',
    tag: 'publishing',
    auth: 'edit',
    params: postingIdParams,
    success: { status: 204, description: 'Unpublished' },
    errors: [...OWNER, 429],
  },
  {
    method: 'post',
    path: '/api/postings/{id}/review-links',
    summary: 'Invite reviewers',
    tag: 'review',
    auth: 'edit',
    params: postingIdParams,
    success: { status: 201, description: 'A review link', schema: 'ReviewLink' },
    errors: [...OWNER, 429],
  },
  {
    method: 'delete',
    path: '/api/postings/{id}/review-links',
    summary: 'Revoke every review link',
    tag: 'review',
    auth: 'edit',
    params: postingIdParams,
    success: { status: 204, description: 'Revoked' },
    errors: [...OWNER, 429],
  },
  {
    method: 'post',
    path: '/api/postings/{id}/comments',
    summary: 'Comment on a section',
    tag: 'review',
    auth: 'review or edit',
    params: postingIdParams,
    body: 'CommentInput',
    success: { status: 201, description: 'The comment', schema: 'Comment' },
    errors: [...WRITE, ...OWNER, 409],
  },
  {
    method: 'get',
    path: '/api/postings/{id}/comments',
    summary: 'A page of comments, oldest first',
    tag: 'review',
    auth: 'review or edit',
    params: postingIdParams,
    query: commentListQuerySchema,
    success: { status: 200, description: 'The comments', schema: 'CommentList' },
    errors: [400, ...OWNER],
  },
  {
    method: 'get',
    path: '/api/postings/{id}/comments/counts',
    summary: 'Open and total comments, per section and in all',
    tag: 'review',
    auth: 'review or edit',
    params: postingIdParams,
    success: { status: 200, description: 'The counts', schema: 'CommentCounts' },
    errors: OWNER,
  },
  {
    method: 'patch',
    path: '/api/postings/{id}/comments/{commentId}',
    summary: 'Resolve or reopen a comment',
    tag: 'review',
    auth: 'edit',
    params: commentParams,
    body: 'ResolveInput',
    success: { status: 200, description: 'The comment', schema: 'Comment' },
    errors: [...WRITE, ...OWNER],
  },
  {
    method: 'post',
    path: '/api/postings/{id}/reviews',
    summary: 'A verdict on the latest version',
    tag: 'review',
    auth: 'review or edit',
    params: postingIdParams,
    body: 'VerdictInput',
    success: { status: 201, description: 'The verdict', schema: 'Verdict' },
    errors: [...WRITE, ...OWNER, 409],
  },
  {
    method: 'get',
    path: '/api/postings/{id}/reviews',
    summary: 'Every verdict and the approved version',
    tag: 'review',
    auth: 'review or edit',
    params: postingIdParams,
    success: { status: 200, description: 'The verdicts', schema: 'VerdictList' },
    errors: OWNER,
  },
  {
    method: 'get',
    path: '/api/jobs',
    summary: 'Every live job, a page at a time',
    tag: 'jobs',
    cors: true,
    query: jobsListQuerySchema,
    headers: ['If-None-Match'],
    success: { status: 200, description: 'A page of jobs', schema: 'JobsList' },
    errors: [400, 429],
  },
  {
    method: 'get',
    path: '/api/jobs/{id}',
    summary: 'One live job with its content',
    tag: 'jobs',
    cors: true,
    params: jobIdParams,
    headers: ['If-None-Match'],
    success: { status: 200, description: 'The job', schema: 'Job' },
    errors: [404, 410, 429],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    tag: 'meta',
    success: { status: 200, description: 'OpenAPI 3.1', media: ['application/json'] },
    errors: [],
  },
];
