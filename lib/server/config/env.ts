import '#server-only';
import { z } from 'zod';

const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const positiveInteger = (fallback: number, max = 1_000_000_000) =>
  z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ error: 'must be a whole number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be at least 1' })
      .max(max, { error: `must be at most ${max}` })
      .default(fallback),
  );

export const envSchema = z.object({
  DATABASE_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: 'must start with postgres:// or postgresql://' })
      .optional(),
  ),
  POSTWRIGHT_SQLITE_PATH: z.preprocess(blankIsUnset, z.string().default('./data/postwright.sqlite')),
  POSTWRIGHT_RATE_LIMIT_CREATE: positiveInteger(60),
  POSTWRIGHT_RATE_LIMIT_WRITE: positiveInteger(120),
  // PDF and Word exports (render and export endpoints) per client and window: each costs a worker thread.
  POSTWRIGHT_RATE_LIMIT_EXPORT: positiveInteger(30),
  // Reads of the public jobs API (/api/jobs, /api/jobs/{id}) per client and window: careers pages poll it.
  POSTWRIGHT_RATE_LIMIT_READ: positiveInteger(600),
  // Version diffs worked out (not kept ones) per client and window: each is a bounded word diff on the request thread.
  POSTWRIGHT_RATE_LIMIT_DIFF: positiveInteger(30),
  POSTWRIGHT_RATE_LIMIT_WINDOW_SECONDS: positiveInteger(60),
  POSTWRIGHT_PUBLIC_URL: z.preprocess(
    blankIsUnset,
    z.url({ protocol: /^https?$/, error: 'must be an absolute http:// or https:// URL' }).optional(),
  ),
  POSTWRIGHT_TRUST_PROXY: z.preprocess(
    (value) => (typeof value === 'string' ? blankIsUnset(value.trim().toLowerCase()) : value),
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
      .default('false')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  ),
  // How many proxies in front of the app append to X-Forwarded-For (used only with POSTWRIGHT_TRUST_PROXY).
  POSTWRIGHT_TRUST_PROXY_HOPS: positiveInteger(1, 10),
  // Relative paths are taken from the working directory, as before they were read here.
  POSTWRIGHT_TEMPLATE_DIR: z.preprocess(blankIsUnset, z.string().default('content/templates')),
  POSTWRIGHT_FONT_DIR: z.preprocess(blankIsUnset, z.string().default('node_modules/dejavu-fonts-ttf/ttf')),
  POSTWRIGHT_LOG_LEVEL: z.preprocess(
    (value) => (typeof value === 'string' ? blankIsUnset(value.trim().toLowerCase()) : value),
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
  ),
});

export type Env = z.infer<typeof envSchema>;

// server.mjs loads this module directly (Node strips the types): no relative imports, no TS-only syntax.
export class EnvError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid environment:\n  - ${problems.join('\n  - ')}`);
    this.name = 'EnvError';
    this.problems = problems;
  }
}

/** Pure: the configuration a set of variables gives, or an error naming every bad variable. */
export function parseEnv(record: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(record);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

/** Read once, at first use (start-up): a bad value stops the server with a clear message. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
