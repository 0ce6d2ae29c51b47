import type { Page } from '@playwright/test';

/** Every script the page requests from now on: what a script-free page must end up with none of. */
export function scriptRequests(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  return scripts;
}
