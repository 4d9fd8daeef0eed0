/**
 * `npm start`: builds the extension, serves the demo site, and opens Chromium
 * with Parallax on a fresh profile at the demo's front page. Without a display
 * (a server, CI) it reads the demo articles headless and prints what was saved.
 */
import { spawnSync } from 'node:child_process';
import type { CoverageRecord } from '../lib/coverage/types';
import { readStore } from './harness/database';
import { launchExtension, type LaunchedExtension } from './harness/launch';
import { createReader, type Reader } from './harness/reader';
import { PopupPage } from './pages/popup';
import { articles, nonArticles } from './site/manifest';
import { startDemoSite, type DemoSite } from './site/server';

const PREFERRED_PORT = Number(process.env['PORT'] ?? 4310);

function hasDisplay(): boolean {
  if (process.argv.includes('--headless')) return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
}

async function startSite(): Promise<DemoSite> {
  try {
    return await startDemoSite({ port: PREFERRED_PORT });
  } catch {
    return startDemoSite(); // the preferred port is taken: any free one will do
  }
}

async function browseWithDisplay(site: DemoSite): Promise<void> {
  const extension = await launchExtension({ headless: false });
  const page = extension.context.pages()[0] ?? (await extension.context.newPage());
  await page.goto(site.origin);
  console.log(`Chromium is open on ${site.origin} with Parallax loaded. Read an article, then another outlet's report of the same event.`);
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  await new Promise<void>((resolve) => {
    extension.context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await extension.close().catch(() => undefined);
}

async function readHeadless(site: DemoSite): Promise<void> {
  console.log(`No display found, so Chromium runs headless and reads the demo site at ${site.origin} as a reader would.\n`);
  const extension = await launchExtension({ headless: true });
  try {
    const reader = createReader(extension, site.origin);
    for (const article of articles) (await reader.read(article.path)).page.close();
    const saved = await reader.stored();
    const coverage = new Map((await readStore<CoverageRecord>(extension.serviceWorker, 'coverage')).map((r) => [r.articleId, r]));
    // Events numbered in order of first appearance, so the table reads top to bottom.
    const eventNumber = new Map<number, number>();
    const eventOf = (id: number) => {
      const event = coverage.get(id)?.eventId ?? -id;
      if (!eventNumber.has(event)) eventNumber.set(event, eventNumber.size + 1);
      return eventNumber.get(event)!;
    };
    const rows = saved
      .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''))
      .map((row) => ({
        event: eventOf(row.id),
        outlet: row.outlet,
        headline: row.title,
        published: row.publishedAt?.slice(0, 10) ?? '—',
        words: wordsOf(row.paragraphs),
        'also reported by': coverage.get(row.id)?.coverage.length ?? 0,
      }))
      .sort((a, b) => a.event - b.event);
    console.log(`Saved ${saved.length} of ${articles.length} demo articles, grouped into ${eventNumber.size} events by the extension:`);
    console.table(rows);
    console.log(`\nLeft alone ${nonArticles.length} pages that are not articles:`);
    console.table(await explainNonArticles(extension, reader));
    console.log('\nOn a machine with a display, `npm start` opens the browser on the demo site instead.');
  } finally {
    await extension.close();
  }
}

async function explainNonArticles(extension: LaunchedExtension, reader: Reader) {
  const popup = new PopupPage(await extension.context.newPage(), extension);
  const rows = [];
  for (const { path, kind } of nonArticles) {
    const { tabId, page } = await reader.visit(path);
    rows.push({ page: path, kind, why: await popup.settledStatus(tabId) });
    await page.close();
  }
  return rows;
}

const wordsOf = (paragraphs: string[]) => paragraphs.join(' ').split(/\s+/).filter(Boolean).length;

async function main(): Promise<void> {
  console.log('Building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const site = await startSite();
  try {
    if (hasDisplay()) await browseWithDisplay(site);
    else await readHeadless(site);
  } finally {
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
