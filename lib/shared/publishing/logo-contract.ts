import { z } from 'zod/mini';

// An employer's uploaded logo, as both sides see it (browser-safe: zod/mini, nothing server-only).

/** The largest file taken (2 MiB): a logo is small; a photo of one fits too. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** The most pixels decoded (24 million, a 6000 × 4000 photo): the decode's memory and time stay bounded. */
export const LOGO_MAX_INPUT_PIXELS = 24_000_000;
/** The largest side of the stored logo, in pixels: it shows at 48 px high, 512 leaves room for any screen. */
export const LOGO_BOX = 512;
/** The logos kept per posting (the newest): older versions may still show an earlier one. */
export const LOGOS_PER_POSTING = 8;

export const LOGO_FORMATS = ['png', 'webp'] as const;
export type LogoFormat = (typeof LOGO_FORMATS)[number];

export const logoPaths = {
  upload: (id: string) => `/api/postings/${encodeURIComponent(id)}/logo`,
  file: (id: string, hash: string, format: LogoFormat) =>
    `/api/postings/${encodeURIComponent(id)}/logo/${hash}.${format}`,
};

/** A stored logo's path on this site: what `company.logoUrl` holds after an upload. */
export const UPLOADED_LOGO_PATH = /^\/api\/postings\/[A-Za-z0-9_-]{22}\/logo\/[0-9a-f]{64}\.(?:png|webp)$/;

/** The file part of a stored logo's path: `{sha256 hex}.{png|webp}`. */
export const logoFileParams = z.object({
  id: z.string(),
  file: z.string().check(z.regex(/^[0-9a-f]{64}\.(?:png|webp)$/)),
});

/** PUT /api/postings/{id}/logo → 201: the stored logo, re-encoded. */
export const uploadedLogoSchema = z.object({
  /** Its path on this site, for `company.logoUrl` (stable: it names the file's hash, served as immutable). */
  logoUrl: z.string().check(z.regex(UPLOADED_LOGO_PATH)),
  contentType: z.enum(['image/png', 'image/webp']),
  width: z.number().check(z.int(), z.minimum(1)),
  height: z.number().check(z.int(), z.minimum(1)),
  bytes: z.number().check(z.int(), z.minimum(1)),
});
export type UploadedLogo = z.infer<typeof uploadedLogoSchema>;
