import type { LaunchedExtension } from './launch';

/** Set by entrypoints/background/index.ts when the matcher is back after a (re)start. */
const RESTORE_MEASURE = 'parallax:restore';

export interface Restore {
  /** From the worker's first line to a usable matcher. */
  ms: number;
  /** 'index' (the stored index) or 'rebuild' (every coverage record). */
  source: string;
  /** Of a restore from the index: reading its rows, and building the matcher from them. */
  readMs: number;
  buildMs: number;
}

/**
 * Stops the extension's service worker, as Chromium does when it is idle, starts
 * it again, and waits for its restore. Through the DevTools protocol from an
 * extension page; Playwright's Worker handle follows the restarted worker (≥ 1.59).
 */
export async function restartServiceWorker(extension: LaunchedExtension): Promise<Restore> {
  const page = await extension.context.newPage();
  try {
    await page.goto(extension.url('options.html'));
    const cdp = await extension.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.send('ServiceWorker.startWorker', { scopeURL: extension.url('') });
    await cdp.detach();
  } finally {
    await page.close();
  }
  return extension.serviceWorker.evaluate(async (name) => {
    for (;;) {
      const [entry] = performance.getEntriesByName(name) as PerformanceMeasure[];
      if (entry) return { ms: entry.duration, ...(entry.detail as { source: string; readMs: number; buildMs: number }) };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }, RESTORE_MEASURE);
}
