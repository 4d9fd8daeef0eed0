import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { IndexMeta } from '../match/snapshot';
import type { CoverageRecord } from '../coverage/types';
import { coverageRepository } from './coverage';
import { ParallaxDb } from './schema';

const dbs: ParallaxDb[] = [];
const freshDb = () => {
  const db = new ParallaxDb(`coverage-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => void (await Promise.all(dbs.splice(0).map((db) => db.delete()))));

const meta: IndexMeta = { key: 'meta', format: 2, background: '', articles: 2, terms: 0, outlets: [] };
const record = (articleId: number): CoverageRecord => ({ articleId, eventId: 1, coverage: [], doc: {} as CoverageRecord['doc'] });

describe('the coverage repository', () => {
  it('reports the coverage’s last id beside the stored index, without reading every record', async () => {
    const db = freshDb();
    const repository = coverageRepository(db);
    expect((await repository.loadIndex()).coverage).toEqual({ lastId: undefined });
    await repository.save({ records: [record(3), record(40), record(7)], index: { put: [meta], remove: [] } });
    const { rows, coverage } = await repository.loadIndex();
    expect(coverage).toEqual({ lastId: 40 });
    expect(rows).toEqual([meta]);
  });

  it('deletes the index’s meta row with any write that does not carry the index along', async () => {
    const db = freshDb();
    const repository = coverageRepository(db);
    await repository.save({ records: [record(1), record(2)], index: { put: [meta], remove: [] } });
    await repository.save({ records: [{ articleId: 2, eventId: 5, coverage: [] }] });
    expect(await db.matchIndex.get('meta')).toBeUndefined();
    expect((await db.coverage.get(2))?.eventId).toBe(5);
  });
});
