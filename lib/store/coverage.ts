import type { CoverageEntry, CoverageRecord, CoverageRepository, PageCoverage } from '../coverage/types';
import { findArticleByUrl, summarize } from './articles';
import type { ParallaxDb } from './schema';

/** Coverage records and corrections in IndexedDB. Every write is one transaction. */
export function coverageRepository(db: ParallaxDb): CoverageRepository {
  return {
    async loadAll() {
      const [records, corrections] = await Promise.all([db.coverage.toArray(), db.corrections.toArray()]);
      return { records, corrections: corrections.map(({ a, b, kind }) => ({ a, b, kind })) };
    },
    async save(records) {
      await db.transaction('rw', db.coverage, async () => {
        for (const { doc, ...rest } of records) {
          if (doc) await db.coverage.put({ ...rest, doc });
          else await db.coverage.update(rest.articleId, rest);
        }
      });
    },
    async remove(articleId) {
      await db.coverage.delete(articleId);
    },
    async addCorrection(correction) {
      await db.corrections.add(correction);
    },
  };
}

export function coverageOf(db: ParallaxDb, articleId: number): Promise<CoverageRecord | undefined> {
  return db.coverage.get(articleId);
}

/** The article read at `url` and its coverage: a few indexed reads, never a scan. */
export async function pageCoverage(db: ParallaxDb, url: string): Promise<PageCoverage> {
  const stored = await findArticleByUrl(db, url);
  if (stored?.id === undefined) return { article: null, coverage: [] };
  const record = await coverageOf(db, stored.id);
  const others = record ? await db.articles.bulkGet(record.coverage.map((c) => c.articleId)) : [];
  const coverage: CoverageEntry[] = (record?.coverage ?? []).flatMap((item, i) =>
    others[i] ? [{ item, article: summarize(others[i]) }] : [],
  );
  return { article: summarize(stored), coverage };
}
