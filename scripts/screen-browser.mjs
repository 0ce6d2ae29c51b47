// What the screenshot scripts share: the system Chromium (never a downloaded one), and the two widths the
// builder and review screenshots are taken at.
import { chromium } from '@playwright/test';

export function launchScreenBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', ...extraArgs],
  });
}

/** [name in the file name, viewport]. */
export const DESKTOP_AND_PHONE = [
  ['desktop', { width: 1280, height: 1000 }],
  ['phone', { width: 375, height: 812 }],
];
