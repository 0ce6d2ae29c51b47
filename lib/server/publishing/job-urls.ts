// The public addresses of published jobs, built on one base: the configured public URL or the request's origin.

export const jobPath = (id: string) => `/jobs/${encodeURIComponent(id)}`;

export function jobUrl(base: string, id: string): string {
  return `${base.replace(/\/+$/, '')}${jobPath(id)}`;
}

// Versioned: a published version never changes, so these can be cached for good.
export const jobAccentPath = (id: string, version: number) => `${jobPath(id)}/accent.css?v=${version}`;
export const jobCardPath = (id: string, version: number) => `${jobPath(id)}/card.png?v=${version}`;
