import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const INSTALL_HELP = [
  'Parallax needs Chromium to run its end-to-end tests and the demo. Install one of:',
  '  Debian/Ubuntu:  sudo apt-get install chromium',
  '  any system:     npx playwright install chromium',
  'or point CHROMIUM_PATH at a Chromium binary. (Branded Google Chrome ignores --load-extension since v137.)',
].join('\n');

/** `$CHROMIUM_PATH`, then Debian's Chromium, then Playwright's own; otherwise an error that says how to get one. */
export function findChromium(): string {
  const found = chromiumIfInstalled();
  if (!found) throw new Error(INSTALL_HELP);
  return found;
}

/** The same search, for callers that can go on without one (`npm install` must not need a browser). */
export function chromiumIfInstalled(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightChromium()];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
