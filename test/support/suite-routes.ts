import { beforeAll } from 'vitest';

/**
 * Loads a suite's route handlers before the tests of the describe block this is called in (the first load
 * opens and migrates the database, hence the long timeout), and hands them to `loaded`.
 */
export function beforeAllRoutes<Routes>(load: () => Promise<Routes>, loaded: (routes: Routes) => void) {
  beforeAll(async () => loaded(await load()), 60_000);
}
