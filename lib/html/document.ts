import { escapeHtml } from './escape-html';

export interface HtmlDocument {
  title: string;
  /** Already-escaped markup for <head>, after the title and icon. */
  head?: string;
  /** The page's one stylesheet, inline (its CSP allows it by hash: see static-page-csp.ts). */
  stylesheet: string;
  /** Already-escaped markup for <body>. */
  body: string;
}

/** The shell of every hand-built page (share, home, catalog): no script, one inline stylesheet. */
export function htmlDocument({ title, head = '', stylesheet, body }: HtmlDocument): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="icon" href="/icon.svg" type="image/svg+xml">
${head}<style>${stylesheet}</style></head>
<body>${body}</body></html>`;
}
