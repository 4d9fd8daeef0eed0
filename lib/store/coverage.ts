import type { Correction, CoverageEntry, CoverageItem, CoverageRecord, CoverageRepository, PageCoverage } from '../coverage/types';
import { findArticleByUrl, summarize } from './articles';
import type { ParallaxDb } from './schema';

const plain = ({ a, b, kind }: Correction): Correction => ({ a, b, kind });

/** Coverage records, corrections and the matcher's stored index in IndexedDB. Every write is one transaction. */
export function coverageRepository(db: ParallaxDb): CoverageRepository {
  return {
    async loadAll() {
      const [records, corrections] = await Promise.all([db.coverage.toArray(), db.corrections.toArray()]);
      return { records, corrections: corrections.map(plain) };
    },
    async loadIndex() {
      // One read transaction: the rows and the extent they are checked against are of one moment.
      return db.transaction('r', db.matchIndex, db.coverage, db.corrections, async () => {
        const [rows, lastId, corrections] = await Promise.all([
          db.matchIndex.toArray(),
          db.coverage.toCollection().lastKey() as Promise<number | undefined>,
          db.corrections.toArray(),
        ]);
        return { rows, coverage: { lastId }, corrections: corrections.map(plain) };
      });
    },
    async save({ records, removed = [], index }) {
      await db.transaction('rw', db.coverage, db.matchIndex, async () => {
        if (removed.length > 0) await db.coverage.bulkDelete(removed);
        for (const { doc, ...rest } of records) {
          if (doc) await db.coverage.put({ ...rest, doc });
          else await db.coverage.update(rest.articleId, rest);
        }
        if (index) {
          await db.matchIndex.bulkDelete(index.remove);
          await db.matchIndex.bulkPut(index.put);
        } else await db.matchIndex.delete('meta');
      });
    },
    async unmatched(lastId, limit) {
      const after = lastId === undefined ? db.articles.toCollection() : db.articles.where(':id').above(lastId);
      return (await after.limit(limit).toArray()).map(({ id, outlet, title, paragraphs, publishedAt, lang }) => ({
        id: id!,
        outlet,
        title,
        paragraphs,
        publishedAt,
        lang,
      }));
    },
    async replaceIndex(rows) {
      await db.transaction('rw', db.matchIndex, async () => {
        await db.matchIndex.clear();
        await db.matchIndex.bulkPut(rows);
      });
    },
    async addCorrection(correction) {
      await db.corrections.add(correction);
    },
  };
}

export function coverageOf(db: ParallaxDb, articleId: number): Promise<CoverageRecord | undefined> {
  return db.coverage.get(articleId);
}

/** How many other outlets report the event of the article read at `url`: the in-page pill's count. */
export async function pageOutlets(db: ParallaxDb, url: string): Promise<number> {
  const stored = await findArticleByUrl(db, url);
  const record = stored?.id === undefined ? undefined : await coverageOf(db, stored.id);
  return new Set(record?.coverage.map((item) => item.outlet)).size;
}

/** The article read at `url`, its coverage, suggestions and follow-ups: a few indexed reads, never a scan. */
export async function pageCoverage(db: ParallaxDb, url: string): Promise<PageCoverage> {
  const stored = await findArticleByUrl(db, url);
  if (stored?.id === undefined) return { article: null, coverage: [], suggested: [], followUps: [] };
  const record = await coverageOf(db, stored.id);
  const [coverage, suggested, followUps] = await entries(db, [record?.coverage, record?.suggested, record?.followUps]);
  return { article: summarize(stored), coverage, suggested, followUps };
}

/** The stored articles each list's items name, read at once; one deleted since the record was written is left out. */
async function entries<T extends (CoverageItem[] | undefined)[]>(
  db: ParallaxDb,
  lists: [...T],
): Promise<{ [K in keyof T]: CoverageEntry[] }> {
  const articles = await db.articles.bulkGet(lists.flatMap((items = []) => items.map((item) => item.articleId)));
  let at = 0;
  return lists.map((items = []) =>
    items.flatMap((item) => {
      const article = articles[at++];
      return article ? [{ item, article: summarize(article) }] : [];
    }),
  ) as { [K in keyof T]: CoverageEntry[] };
}
