import type { CoverageRecord, CoverageRepository } from '../coverage/types';
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
