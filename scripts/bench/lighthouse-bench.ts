import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse (mobile emulation, its default) on each route, on the system Chromium. */
export async function runLighthouse(baseUrl: string, routes: Record<string, string>) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const scores: Record<string, Record<string, number>> = {};
  try {
    for (const [name, path] of Object.entries(routes)) {
      const result = await lighthouse(baseUrl + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`lighthouse gave no result for ${path}`);
      scores[name] = Object.fromEntries(
        categories.map((c) => [
          c === 'best-practices' ? 'bestPractices' : c,
          Math.round((lhr.categories[c]?.score ?? 0) * 100),
        ]),
      );
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
