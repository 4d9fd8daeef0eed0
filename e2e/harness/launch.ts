import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { findChromium } from './chromium';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** `chrome-extension://<id>/<path>` */
  url(path: string): string;
  close(): Promise<void>;
}

/** Starts Chromium on a fresh profile with the built extension loaded. */
export async function launchExtension({ headless = true, extensionPath = EXTENSION_PATH } = {}): Promise<LaunchedExtension> {
  const profile = await mkdtemp(join(tmpdir(), 'parallax-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    channel: 'chromium',
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-first-run',
      '--disable-search-engine-choice-screen',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
