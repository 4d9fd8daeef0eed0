/**
 * `npm run bench:lookup`: the popup's coverage lookup and the background's
 * restore, in real Chromium IndexedDB with 50k stored articles. Run `npm run
 * build` first. The lookups are the reads `pageCoverage` makes (article by URL,
 * its coverage record, the articles it names), done with the raw IndexedDB API
 * inside the extension so no test code sits between the clock and the database.
 */
import { launchExtension } from '../e2e/harness/launch';
import { printTable, writeResult } from './lib/report';
import { median, percentile } from './lib/stats';

const STORED = Number(process.env['STORED'] ?? 50_000);
const LOOKUPS = 300;

interface Timings {
  lookups: number[];
  restoreRead: number;
}

async function main() {
  const extension = await launchExtension();
  try {
    const page = await extension.context.newPage();
    await page.goto(extension.url('options.html'));
    // tsx names functions with an `__name` helper that the page does not have.
    await page.evaluate('globalThis.__name = (fn) => fn');
    // Seeded from the extension page (same origin as the background): articles of a
    // realistic size, each with a coverage record naming five others.
    await page.evaluate(async (count) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const paragraph =
        'The foreign ministers met for four hours at the palace and agreed to reopen the crossing to civilian traffic. '.repeat(6);
      for (let start = 1; start <= count; start += 5_000) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['articles', 'coverage'], 'readwrite');
          for (let id = start; id < Math.min(start + 5_000, count + 1); id++) {
            const url = `https://outlet-${id % 400}.example/news/${id}.html`;
            tx.objectStore('articles').put({
              id,
              canonicalUrl: url,
              urls: [url],
              title: `Story ${id}`,
              outlet: `Outlet ${id % 400}`,
              authors: ['A Reporter'],
              publishedAt: '2026-11-18T08:30:00.000Z',
              modifiedAt: null,
              lang: 'en',
              section: null,
              excerpt: paragraph.slice(0, 200),
              imageUrl: null,
              paywall: { declared: false, truncated: false },
              paragraphs: Array.from({ length: 8 }, () => paragraph),
              wordCount: 800,
              extractMs: 20,
              firstReadAt: id,
              readAt: id,
              readCount: 1,
            });
            const others = [1, 2, 3, 4, 5].map((k) => ((id + k * 7919) % count) + 1);
            tx.objectStore('coverage').put({
              articleId: id,
              eventId: id,
              doc: {
                id,
                outlet: `outlet ${id % 400}`,
                day: 20_410,
                terms: Array.from({ length: 120 }, (_, k) => `term${(id + k) % 5000}`),
              },
              coverage: others.map((other) => ({
                articleId: other,
                outlet: `outlet ${other % 400}`,
                score: 0.97,
                syndicated: false,
                evidence: null,
              })),
            });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
    }, STORED);

    const timings = await page.evaluate(
      async ({ count, lookups }): Promise<Timings> => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('parallax');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const request = <T>(r: IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          });
        const times: number[] = [];
        for (let i = 0; i < lookups; i++) {
          const id = ((i * 104729) % count) + 1;
          const started = performance.now();
          const tx = db.transaction(['articles', 'coverage']);
          const article = await request(
            tx
              .objectStore('articles')
              .index('canonicalUrl')
              .get(`https://outlet-${id % 400}.example/news/${id}.html`),
          );
          const record = await request(tx.objectStore('coverage').get((article as { id: number }).id));
          await Promise.all(
            (record as { coverage: { articleId: number }[] }).coverage.map((c) => request(tx.objectStore('articles').get(c.articleId))),
          );
          times.push(performance.now() - started);
        }
        const started = performance.now();
        await request(db.transaction('coverage').objectStore('coverage').getAll());
        const restoreRead = performance.now() - started;
        db.close();
        return { lookups: times, restoreRead };
      },
      { count: STORED, lookups: LOOKUPS },
    );

    const lookup = { median: median(timings.lookups), p95: percentile(timings.lookups, 95) };
    printTable(`Coverage in real Chromium IndexedDB, ${STORED} stored articles (ms)`, [
      { measure: 'popup lookup (article by URL + coverage + 5 articles)', median: lookup.median, p95: lookup.p95 },
      { measure: 'restore: read every coverage record', median: timings.restoreRead, p95: timings.restoreRead },
    ]);
    console.log(`wrote ${writeResult('lookup', { stored: STORED, lookups: LOOKUPS, lookup, restoreReadMs: timings.restoreRead })}`);
  } finally {
    await extension.close();
  }
}

await main();
