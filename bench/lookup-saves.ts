import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LaunchedExtension } from '../e2e/harness/launch';
import { readLabelled, readingOrder, type EventArticle } from './match/data';

/** What the built background reports of its last save (see entrypoints/background/index.ts). */
export interface SaveCost {
  /** From the message's arrival to its reply: the article row, analysis, matching, coverage and index rows written. */
  ms: number;
  analyseMs: number;
  matchMs: number;
  rowsMs: number;
  writeMs: number;
  /** Bytes of the index rows the save rewrote. */
  indexBytes: number;
}

const SAVE_MEASURE = 'parallax:save';
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A news page as sites serve it: the article's own title, outlet, date and paragraphs. */
function page(article: EventArticle): string {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.published && { datePublished: article.published }),
    publisher: { '@type': 'Organization', name: article.outlet },
  };
  const paragraphs = article.text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  const [title, outlet] = [escapeHtml(article.title), escapeHtml(article.outlet)];
  return `<!doctype html><html lang="en"><head><title>${title} | ${outlet}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${outlet}">
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script></head>
<body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}

/**
 * Reads `count` real articles (basil, in reading order: events of several
 * outlets, so saves join and merge events) in tabs of the running extension,
 * each from a local server, and collects what each save cost the background.
 * Pages the extension declines as not articles are skipped.
 */
export async function timeSaves(extension: LaunchedExtension, count: number): Promise<SaveCost[]> {
  const articles = readingOrder(readLabelled('basil')).slice(0, count);
  const server = createServer((request, response) => {
    const article = articles[Number(/^\/(\d+)\.html$/.exec(request.url ?? '')?.[1] ?? -1)];
    response.writeHead(article ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(article ? page(article) : 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const costs: SaveCost[] = [];
  try {
    let last = -1;
    for (let i = 0; i < articles.length; i++) {
      const tab = await extension.context.newPage();
      await tab.goto(`${origin}/${i}.html`);
      const cost = await extension.serviceWorker.evaluate(
        async ({ name, after }) => {
          for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
            const [entry] = performance.getEntriesByName(name) as PerformanceMeasure[];
            if (entry && entry.startTime > after)
              return { startTime: entry.startTime, ms: entry.duration, ...(entry.detail as Omit<SaveCost, 'ms'>) };
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          return null;
        },
        { name: SAVE_MEASURE, after: last },
      );
      await tab.close();
      // A build that reports no save cost (an older one) is not waited for page after page.
      if (!cost && costs.length === 0 && i >= 2) break;
      if (!cost) continue;
      last = cost.startTime;
      const { startTime: _, ...rest } = cost;
      costs.push(rest);
    }
  } finally {
    server.close();
  }
  return costs;
}
