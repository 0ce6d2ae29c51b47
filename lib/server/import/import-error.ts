// Why a file cannot be imported, as data: it crosses the worker thread boundary and becomes the route's 4xx.

export const IMPORT_ERROR_CODES = [
  'file_mismatch',
  'file_encrypted',
  'file_too_complex',
  'pdf_no_text',
  'unsupported_type',
  'file_too_large',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
