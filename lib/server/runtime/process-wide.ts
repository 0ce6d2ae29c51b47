/**
 * State one per process, whichever bundle asks. Next builds the Pages Router and the App Router into
 * separate bundles, each with its own copy of every module, so module-level state (the database handle,
 * the in-memory rate-limit counts) was held twice: two SQLite connections and worker threads on one file,
 * and a client's writes through a review form and through the API counted apart. Kept on globalThis
 * under a registered symbol, the first caller creates it and every copy of the module shares it.
 */
export function processWide<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`postwright.${name}`);
  return (store[key] ??= create());
}
