import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { round } from './stats';

/**
 * First-load JS of a route: the compressed bytes (as transferred) of every script the page loads until
 * it is loaded and the network is idle, measured in Chromium, with a cold cache.
 */
export async function measureFirstLoadJs(baseUrl: string, routes: Record<string, string>) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const results: Record<string, { kb: number; scripts: number }> = {};
  try {
    for (const [name, path] of Object.entries(routes)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const scripts = new Set<string>();
      let bytes = 0;
      cdp.on('Network.responseReceived', (event) => {
        if (event.type === 'Script') scripts.add(event.requestId);
      });
      cdp.on('Network.loadingFinished', (event) => {
        if (scripts.has(event.requestId)) bytes += event.encodedDataLength;
      });
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      results[name] = { kb: round(bytes / 1024, 1), scripts: scripts.size };
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
