// Free of zod on purpose: the builder's bundle needs the rule, not the catalog's schemas.
/** The spec's slug rule: lower case, every run of characters other than a–z and 0–9 becomes one `-`. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
