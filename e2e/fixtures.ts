import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { EXTENSION_PATH, launchExtension, type LaunchedExtension } from './harness/launch';
import { createReader, type Reader } from './harness/reader';
import { InPageUi } from './pages/in-page-ui';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';
import { ReadingHistoryPage } from './pages/reading-history';
import { SidePanelPage } from './pages/side-panel';
import { startDemoSite, type DemoSite } from './site/server';

interface Fixtures {
  extension: LaunchedExtension;
  reader: Reader;
  popup: PopupPage;
  sidePanel: SidePanelPage;
  readingHistory: ReadingHistoryPage;
  options: OptionsPage;
  inPage: (page: Page) => InPageUi;
}

export const test = base.extend<Fixtures, { site: DemoSite }>({
  site: [
    async ({}, use) => {
      const site = await startDemoSite();
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  extension: async ({}, use) => {
    if (!existsSync(join(EXTENSION_PATH, 'manifest.json')))
      throw new Error(`No built extension at ${EXTENSION_PATH}: run \`npm run build\` first.`);
    const extension = await launchExtension();
    await use(extension);
    await extension.close();
  },
  reader: async ({ extension, site }, use) => use(createReader(extension, site.origin)),
  popup: async ({ extension }, use) => use(new PopupPage(await extension.context.newPage(), extension)),
  sidePanel: async ({ extension }, use) => use(new SidePanelPage(await extension.context.newPage(), extension)),
  readingHistory: async ({ extension }, use) => use(new ReadingHistoryPage(await extension.context.newPage(), extension)),
  options: async ({ extension }, use) => use(new OptionsPage(await extension.context.newPage(), extension)),
  inPage: async ({}, use) => use((page) => new InPageUi(page)),
});

export { expect };
