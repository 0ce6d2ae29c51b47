/** Callers validate drafts first; this names what is still wrong when one slips through (unknown template or role). */
export class RenderError extends Error {
  constructor(
    readonly code: 'unknown_template' | 'unknown_role',
    message: string,
  ) {
    super(message);
    this.name = 'RenderError';
  }
}
