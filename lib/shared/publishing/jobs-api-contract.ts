import { z } from 'zod/mini';
import { PAY_PERIODS } from '../draft/draft-schema';

// The public jobs API (spec "Public jobs API") as both sides see it: the field names of Greenhouse's
// job-board API, so careers-page widgets written for it work unchanged. Nothing server-only here.

export const jobsApiPaths = {
  jobs: '/api/jobs',
  job: (id: string) => `/api/jobs/${encodeURIComponent(id)}`,
};

/**
 * Jobs per page when `per_page` is absent, and the most a page may hold. With `content=true` both are
 * JOBS_API_MAX_PAGE_SIZE_WITH_CONTENT: a posting's HTML can be a hundred times its summary.
 */
export const JOBS_API_PAGE_SIZE = 100;
export const JOBS_API_MAX_PAGE_SIZE = 500;
export const JOBS_API_MAX_PAGE_SIZE_WITH_CONTENT = 50;

export function jobsPageSize(query: { content?: boolean; per_page?: number }): number {
  return query.per_page ?? (query.content ? JOBS_API_MAX_PAGE_SIZE_WITH_CONTENT : JOBS_API_PAGE_SIZE);
}

export const payInputRangeSchema = z.object({
  min_cents: z.number().check(z.int(), z.minimum(0)),
  max_cents: z.number().check(z.int(), z.minimum(0)),
  /** ISO 4217, e.g. USD. */
  currency_type: z.string(),
  /** The pay period in words ("per year"), where Greenhouse puts a range's label. */
  title: z.string(),
  period: z.enum(PAY_PERIODS),
});

export const publicJobSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** When the version now public was published. */
  updated_at: z.iso.datetime(),
  location: z.object({ name: z.string() }),
  absolute_url: z.url(),
  language: z.string(),
  departments: z.array(z.object({ name: z.string() })),
  pay_input_ranges: z.optional(z.array(payInputRangeSchema)),
  /** The posting as sanitized HTML (what /jobs/{id} shows): with `?content=true`, and always for one job. */
  content: z.optional(z.string()),
});
export type PublicJob = z.infer<typeof publicJobSchema>;

export const jobsListBodySchema = z.object({
  jobs: z.array(publicJobSchema),
  meta: z.object({
    /** Every live job, on all pages. */
    total: z.number().check(z.int(), z.minimum(0)),
    page: z.number().check(z.int(), z.minimum(1)),
    per_page: z.number().check(z.int(), z.minimum(1)),
  }),
});
export type JobsListBody = z.infer<typeof jobsListBodySchema>;

export const jobBodySchema = z.extend(publicJobSchema, { content: z.string() });

const wholeNumber = (max: number) =>
  z.pipe(
    z.string().check(z.regex(/^[1-9]\d{0,5}$/, { error: 'Use a whole number from 1' })),
    z.transform(Number).check(z.maximum(max, { error: `At most ${max}` })),
  );

/** `?content=true&page=2&per_page=50`: a bad value is a 400 naming it, never a silent default. */
export const jobsListQuerySchema = z
  .object({
    content: z.optional(
      z.pipe(
        z.enum(['true', 'false']),
        z.transform((v) => v === 'true'),
      ),
    ),
    page: z.optional(wholeNumber(999_999)),
    per_page: z.optional(wholeNumber(JOBS_API_MAX_PAGE_SIZE)),
  })
  .check(
    z.refine((q) => !q.content || q.per_page === undefined || q.per_page <= JOBS_API_MAX_PAGE_SIZE_WITH_CONTENT, {
      path: ['per_page'],
      error: `With content=true, per_page is at most ${JOBS_API_MAX_PAGE_SIZE_WITH_CONTENT}`,
    }),
  );
export type JobsListQuery = z.infer<typeof jobsListQuerySchema>;

export const jobIdParams = z.object({ id: z.string() });
