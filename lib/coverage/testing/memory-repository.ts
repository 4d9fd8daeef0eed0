import type { MatchInput } from '../../match/doc';
import type { IndexRow } from '../../match/snapshot';
import type { Correction, CoverageRecord, CoverageRepository } from '../types';

/**
 * An in-memory repository with the real one's semantics (update keeps the stored doc; values
 * are cloned). `articles` stands for the reading history: a test puts there what was saved.
 */
export function memoryRepository() {
  const articles = new Map<number, MatchInput>();
  const records = new Map<number, CoverageRecord>();
  const corrections: Correction[] = [];
  const index = new Map<string, IndexRow>();
  const reads = { all: 0 };
  const repository: CoverageRepository = {
    async loadAll() {
      reads.all++;
      return { records: structuredClone([...records.values()]), corrections: [...corrections] };
    },
    async loadIndex() {
      const lastId = records.size > 0 ? Math.max(...records.keys()) : undefined;
      return { rows: structuredClone([...index.values()]), coverage: { lastId }, corrections: [...corrections] };
    },
    async save({ records: changes, removed = [], index: rows }) {
      for (const id of removed) records.delete(id);
      for (const { doc, ...rest } of structuredClone(changes)) {
        const stored = doc ?? records.get(rest.articleId)?.doc;
        // As Dexie's update: a record not stored stays not stored.
        if (stored) records.set(rest.articleId, { ...rest, doc: stored });
      }
      // As the real one: a write that does not carry the index along leaves it unusable.
      if (!rows) index.delete('meta');
      for (const key of rows?.remove ?? []) index.delete(key);
      for (const row of rows?.put ?? []) index.set(row.key, structuredClone(row));
    },
    async unmatched(lastId, limit) {
      const after = [...articles.values()].filter((article) => lastId === undefined || article.id > lastId);
      return structuredClone(after.sort((a, b) => a.id - b.id).slice(0, limit));
    },
    async replaceIndex(rows) {
      index.clear();
      for (const row of rows) index.set(row.key, structuredClone(row));
    },
    async addCorrection(correction) {
      corrections.push(correction);
    },
  };
  return Object.assign(repository, { articles, records, corrections, index, reads });
}
