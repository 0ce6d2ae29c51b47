// The public addresses of published jobs, built on one base: the configured public URL or the request's origin.

export const jobPath = (id: string) => `/jobs/${encodeURIComponent(id)}`;

export function jobUrl(base: string, id: string): string {
  return `${base.replace(/\/+$/, '')}${jobPath(id)}`;
}
