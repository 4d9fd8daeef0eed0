/**
 * `npm run bench:lookup`: the popup's coverage lookup and the background's
 * restore, in real Chromium IndexedDB with 50k stored articles. Run `npm run
 * build` first. The lookups are the reads `pageCoverage` makes (article by URL,
 * its coverage record, the articles it names), done with the raw IndexedDB API
 * inside the extension so no test code sits between the clock and the database.
 *
 * The restore is the built background's own: the worker is stopped and started
 * again (DevTools protocol) and reports, as a User Timing measure, how long it
 * took from its first line to a usable matcher — from the stored index, and
 * from every coverage record (the path before the index, and still the fallback)
 * after the index rows are cleared.
 *
 * Then SAVES real articles (basil, from a local server) are read in tabs, and
 * the background reports what each save cost it end to end: analysis, matching,
 * and writing the article, the coverage and the index rows it changed.
 *
 * The coverage records hold synthetic analyses of the size bench:match's real
 * ones have (means over 600 pool articles: 6.7 title terms, 44 head terms, 60
 * body terms, 30 entities, 7.8 numbers, 2 dates, a 64-hash fingerprint), with
 * terms drawn log-uniformly from large vocabularies, so the stored index and its
 * vocabulary grow as a real history's do.
 */
import { launchExtension } from '../e2e/harness/launch';
import { restartServiceWorker, type Restore } from '../e2e/harness/worker';
import { printTable, writeResult } from './lib/report';
import { timeSaves, type SaveCost } from './lookup-saves';
import { median, percentile } from './lib/stats';

const STORED = Number(process.env['STORED'] ?? 50_000);
const LOOKUPS = 300;
const RESTARTS = Number(process.env['RESTARTS'] ?? 7);
/**
 * Restarts from every coverage record (the slow path); fewer while iterating on the
 * stored index. At least one: the seeded history has no index until the first.
 */
const REBUILDS = Math.max(1, Number(process.env['REBUILDS'] ?? RESTARTS));
/** Real articles read after the restarts, each save's cost reported by the background. */
const SAVES = Number(process.env['SAVES'] ?? 40);
/** Another build to measure (e.g. main's, copied aside), so two builds can be run turn about under the same load. */
const EXTENSION = process.env['EXTENSION'];

interface Timings {
  lookups: number[];
  restoreRead: number;
}

async function main() {
  const extension = await launchExtension(EXTENSION ? { extensionPath: EXTENSION } : {});
  try {
    // The database is the background's to create: wait for its first restore, so the seeding
    // below never opens (and so creates) an empty one first.
    await extension.serviceWorker.evaluate(async () => {
      while (performance.getEntriesByName('parallax:restore').length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    });
    const page = await extension.context.newPage();
    await page.goto(extension.url('options.html'));
    // tsx names functions with an `__name` helper that the page does not have.
    await page.evaluate('globalThis.__name = (fn) => fn');
    // Seeded from the extension page (same origin as the background): articles of a
    // realistic size, each with a coverage record naming five others and one suggestion.
    await page.evaluate(async (count) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      // A seeded generator, so every run stores the same history.
      let seed = 42;
      const random = () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      /** Log-uniform ranks: a few very common terms, a long tail of rare ones, as in text. */
      const rank = (size: number) => Math.floor(Math.exp(random() * Math.log(size)));
      const distinct = (n: number, size: number, prefix: string) => {
        const out = new Set<string>();
        while (out.size < n) out.add(`${prefix}${rank(size)}`);
        return [...out];
      };
      const around = (mean: number) => Math.max(0, Math.round(mean * (0.5 + random())));
      const day = 20_410;
      const analysis = (id: number) => {
        const title = distinct(around(6.7), 300_000, 't');
        const head = Object.fromEntries([...title, ...distinct(around(37.7), 300_000, 't')].map((t, i) => [t, i < title.length ? 3 : 1]));
        const body = Object.fromEntries(distinct(60, 300_000, 't').map((t) => [t, 1 + rank(40)]));
        const keys = distinct(around(30.4), 200_000, 'ent ');
        return {
          id,
          outlet: `outlet ${id % 400}`,
          day: day - (id % 30),
          lang: 'en',
          title,
          head,
          body,
          entities: Object.fromEntries(keys.map((k) => [k, 1 + rank(20)])),
          headEntities: keys.slice(0, around(7.3)),
          names: Object.fromEntries(keys.map((k) => [k, `${k[0]!.toUpperCase()}${k.slice(1)} Name`])),
          numbers: distinct(around(7.8), 50_000, '').map((n) => `${n}|`),
          dates: ['2026-11-17', '2026-11-18'],
          wire: id % 10 === 0 ? ['ap'] : [],
          fingerprint: Array.from({ length: 64 }, () => Math.floor(random() * 65536)),
        };
      };
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
              // Events of about four articles, as a reader's history has them.
              eventId: Math.ceil(id / 4),
              doc: analysis(id),
              // One direct match with its evidence (bench:match's histories average 0.3), the rest through the event.
              coverage: others.map((other, k) => ({
                articleId: other,
                outlet: `outlet ${other % 400}`,
                score: k === 0 ? 0.97 : null,
                syndicated: false,
                evidence:
                  k === 0
                    ? {
                        sharedNames: ['Ent 12 Name', 'Ent 407 Name'],
                        sharedNumbers: ['4 hours'],
                        sharedTerms: ['t88', 't1902'],
                        daysApart: 0,
                        resemblance: 0.02,
                      }
                    : null,
              })),
              // One near miss offered to confirm: more than bench:match's histories have (0.08 an article).
              suggested: [
                {
                  articleId: ((id + 6 * 7919) % count) + 1,
                  outlet: `outlet ${(id + 6) % 400}`,
                  score: 0.78,
                  syndicated: false,
                  evidence: {
                    sharedNames: ['Ent 12 Name'],
                    sharedNumbers: [],
                    sharedTerms: ['t88', 't1902'],
                    daysApart: 1,
                    resemblance: 0,
                  },
                },
              ],
              // One of the story's other chapters on one article in 10: more than bench:match's histories
              // have (0.005 an article). Every article's would swell the stored match lists by half.
              followUps: (id % 10 === 0 ? [id] : []).map(() => ({
                articleId: ((id + 7 * 7919) % count) + 1,
                outlet: `outlet ${(id + 7) % 400}`,
                score: 0.81,
                syndicated: false,
                evidence: {
                  sharedNames: ['Ent 12 Name', 'Ent 407 Name'],
                  sharedNumbers: [],
                  sharedTerms: ['t88'],
                  daysApart: 14,
                  resemblance: 0,
                },
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
          const { coverage, suggested, followUps } = record as Record<'coverage' | 'suggested' | 'followUps', { articleId: number }[]>;
          await Promise.all([...coverage, ...suggested, ...followUps].map((c) => request(tx.objectStore('articles').get(c.articleId))));
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

    // Worker restarts: first from every coverage record (the index rows cleared each
    // time, so each restart rebuilds them), then from the stored index.
    const restart = () => restartServiceWorker(extension);
    const clearIndex = () =>
      page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('parallax');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('matchIndex', 'readwrite');
          tx.objectStore('matchIndex').clear();
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      });
    const rebuilds: Restore[] = [];
    const fromIndex: Restore[] = [];
    for (let i = 0; i < REBUILDS; i++) {
      await clearIndex();
      rebuilds.push(await restart());
    }
    for (let i = 0; i < RESTARTS; i++) fromIndex.push(await restart());
    const sources = new Set([...rebuilds.map((r) => `rebuild:${r.source}`), ...fromIndex.map((r) => `index:${r.source}`)]);
    if (sources.size !== 2 || !sources.has('rebuild:rebuild') || !sources.has('index:index'))
      throw new Error(`restarts did not take the expected paths: ${[...sources].join(', ')}`);
    const summary = (rs: Restore[]) => ({
      median: median(rs.map((r) => r.ms)),
      p95: percentile(
        rs.map((r) => r.ms),
        95,
      ),
      runs: rs.map((r) => r.ms),
    });
    const restore = {
      fromIndex: {
        ...summary(fromIndex),
        readMedian: median(fromIndex.map((r) => r.readMs)),
        buildMedian: median(fromIndex.map((r) => r.buildMs)),
      },
      fromEveryRecord: summary(rebuilds),
    };

    const saveCosts = await timeSaves(extension, SAVES);
    const step = (name: keyof SaveCost) => {
      const values = saveCosts.map((s) => s[name]);
      return { median: median(values), p95: percentile(values, 95) };
    };
    const saves = Object.fromEntries(
      (['ms', 'analyseMs', 'matchMs', 'rowsMs', 'writeMs', 'indexBytes'] as const).map((name) => [name, step(name)]),
    ) as Record<keyof SaveCost, { median: number; p95: number }>;

    const lookup = { median: median(timings.lookups), p95: percentile(timings.lookups, 95) };
    printTable(`Coverage in real Chromium IndexedDB, ${STORED} stored articles (ms)`, [
      {
        measure: 'popup lookup (article by URL + coverage + 5 articles + 1 suggested, + 1 follow-up on one in 10)',
        median: lookup.median,
        p95: lookup.p95,
      },
      { measure: 'raw read of every coverage record (getAll)', median: timings.restoreRead, p95: timings.restoreRead },
      { measure: `worker restart → matcher, from the stored index (${RESTARTS}×)`, ...restore.fromIndex, runs: undefined },
      { measure: `worker restart → matcher, from every coverage record (${REBUILDS}×)`, ...restore.fromEveryRecord, runs: undefined },
    ]);
    console.log(
      `\nfrom the stored index, medians: ${restore.fromIndex.readMedian.toFixed(0)} ms reading its rows, ` +
        `${restore.fromIndex.buildMedian.toFixed(0)} ms building the matcher; the rest is the worker starting and opening the database`,
    );
    printTable(`Saves of ${saveCosts.length} real articles with ${STORED} stored, as the background reports them (ms; bytes)`, [
      { step: 'whole save (article row, analysis, matching, coverage and index rows)', ...saves.ms },
      { step: 'analysis', ...saves.analyseMs },
      { step: 'matching', ...saves.matchMs },
      { step: 'making the coverage and index rows', ...saves.rowsMs },
      { step: 'writing them (one IndexedDB transaction)', ...saves.writeMs },
      { step: 'bytes of index rows written', ...saves.indexBytes },
    ]);
    console.log(
      `wrote ${writeResult('lookup', { stored: STORED, lookups: LOOKUPS, lookup, restoreReadMs: timings.restoreRead, restarts: RESTARTS, restore, saves: { count: saveCosts.length, ...saves } })}`,
    );
  } finally {
    await extension.close();
  }
}

await main();
