import { z } from 'zod/mini';

// POST /api/import as both sides see it (spec "Import"): the request limits and the success body. The
// route answers with this schema and the browser parses with it. Nothing server-only here.

export const importPath = '/api/import';

/** Pasted text (text/plain, text/markdown, text/html) in the body. */
export const MAX_IMPORT_TEXT_BYTES = 256 * 1024;
/** One uploaded file in multipart/form-data, field `file`. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;
export const IMPORT_FILE_EXTENSIONS = ['.docx', '.pdf', '.md', '.txt', '.html'] as const;

/** Where one source line went: `field` is a draft path such as `responsibilities.2` or `job.title`. */
export const placedLineSchema = z.object({ field: z.string(), from: z.string() });

export const importResultSchema = z.object({
  /**
   * Everything the importer recognised, shaped as a draft whose fields may be absent; it validates as a
   * draft once the paths in `missing` are filled in. Typed loosely here on purpose: the builder turns it
   * into form values with the same `fromDraft` it uses for any stored draft.
   */
  draft: z.record(z.string(), z.unknown()),
  missing: z.array(z.string()),
  placed: z.array(placedLineSchema),
  unplaced: z.array(z.string()),
  warnings: z.array(z.string()),
});

export type PlacedLine = z.infer<typeof placedLineSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
