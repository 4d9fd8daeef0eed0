/**
 * `npm run screenshots`: the README's pictures (docs/*.png), taken from the built
 * extension reading the demo site headless, so they show what the code does today.
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchExtension } from './harness/launch';
import { createReader } from './harness/reader';
import { InPageUi } from './pages/in-page-ui';
import { PopupPage } from './pages/popup';
import { SidePanelPage } from './pages/side-panel';
import { articles, events } from './site/manifest';
import { startDemoSite } from './site/server';

const DOCS = resolve(import.meta.dirname, '../docs');
/** The talks in Lorn: five outlets, a wire copy among the reprints, every kind of difference planted. */
const [talks] = events;
const [wire, , herald] = talks!.articles;
/** The warehouse's operator charged, two weeks after the fire: a later chapter of event 5. */
const [charges] = events.find((e) => e.id === 'saltmere-warehouse-charges')!.articles;

/** An extension page at the size the browser gives it: the popup's own width, the side panel's. */
async function framed(page: Page, width: number, height: number): Promise<Page> {
  await page.setViewportSize({ width, height });
  return page;
}

async function main(): Promise<void> {
  const site = await startDemoSite();
  const extension = await launchExtension({ headless: true });
  try {
    const reader = createReader(extension, site.origin);
    // The whole demo in the site's order, as a reader would meet it.
    const tabs = new Map<string, Awaited<ReturnType<typeof reader.read>>>();
    for (const { path } of articles) tabs.set(path, await reader.read(path));

    const article = tabs.get(herald!)!;
    // Back on the tab after reading the rest (a headless tab never hides, so the browser's event is sent here).
    await article.page.bringToFront();
    await article.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const inPage = new InPageUi(article.page);
    await inPage.pill.getByText(`Also reported by ${talks!.articles.length - 1} outlets`).waitFor();
    await (await inPage.openCard()).getByRole('list').first().waitFor();
    await article.page.screenshot({ path: `${DOCS}/coverage.png` });

    const popup = new PopupPage(await framed(await extension.context.newPage(), 360, 600), extension);
    await popup.open(tabs.get(wire!)!.tabId);
    await popup.coverageOutlets();
    await popup.page.screenshot({ path: `${DOCS}/popup.png` });

    await popup.open(tabs.get(charges!)!.tabId);
    // The coverage scrolls in its own box: down to the story's earlier chapters.
    await popup.page.getByRole('region', { name: 'Earlier on this story' }).evaluate((section) => {
      const box = section.closest<HTMLElement>('.coverage-section')!;
      box.scrollTop += section.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
    });
    await popup.page.screenshot({ path: `${DOCS}/follow-ups.png` });

    const panel = new SidePanelPage(await framed(await extension.context.newPage(), 1100, 900), extension);
    await panel.open(article.tabId);
    const opened = await panel.compare.openFinding(panel.compare.overview.nth(1));
    await opened.sentences.first().waitFor();
    await panel.page.screenshot({ path: `${DOCS}/compare.png`, fullPage: true, clip: { x: 0, y: 0, width: 1100, height: 1180 } });

    console.log(`Wrote coverage.png, popup.png, follow-ups.png and compare.png to ${DOCS}`);
  } finally {
    await extension.close();
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
