import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { IndexMeta } from '../match/snapshot';
import type { CoverageRecord } from '../coverage/types';
import { extractArticle, type ExtractedArticle } from '../extract';
import { articlePage, parseDocument } from '../testing/pages';
import { saveArticle } from './articles';
import { coverageRepository, pageCoverage } from './coverage';
import { ParallaxDb } from './schema';

const dbs: ParallaxDb[] = [];
const freshDb = () => {
  const db = new ParallaxDb(`coverage-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => void (await Promise.all(dbs.splice(0).map((db) => db.delete()))));

const meta: IndexMeta = { key: 'meta', format: 2, background: '', articles: 2, terms: 0, outlets: [] };
function article(n: number): ExtractedArticle {
  const url = `https://wire.example/story-${n}.html`;
  const result = extractArticle(parseDocument(articlePage({ canonical: url, title: `Story ${n}` })), url);
  if (!result.isArticle) throw new Error('fixture should be an article');
  return result;
}

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

  it('hands over the articles stored after the last one matched, oldest first, for matching', async () => {
    const db = freshDb();
    const repository = coverageRepository(db);
    for (const n of [1, 2, 3, 4]) await saveArticle(db, article(n), 1_000 + n);
    const unmatched = await repository.unmatched(2, 10);
    expect(unmatched.map((a) => [a.id, a.title])).toEqual([
      [3, 'Story 3'],
      [4, 'Story 4'],
    ]);
    expect(unmatched[0]!.paragraphs.length).toBeGreaterThan(0);
    expect((await repository.unmatched(undefined, 3)).map((a) => a.id)).toEqual([1, 2, 3]);
    expect(await repository.unmatched(4, 10)).toEqual([]);
  });

  it('gives a page its coverage, suggestions and follow-ups, leaving out articles deleted since, and none for a record from before them', async () => {
    const db = freshDb();
    const repository = coverageRepository(db);
    for (const n of [1, 2, 3, 4, 5, 6]) await saveArticle(db, article(n), 1_000 + n);
    const item = (articleId: number) => ({ articleId, outlet: 'wire', score: 0.8, syndicated: false, evidence: null });
    await repository.save({
      records: [{ ...record(1), coverage: [item(2)], suggested: [item(3), item(4)], followUps: [item(5), item(6)] }],
    });
    await db.articles.bulkDelete([4, 5]);
    const page = await pageCoverage(db, 'https://wire.example/story-1.html');
    expect(page.coverage.map((e) => [e.item.articleId, e.article.title])).toEqual([[2, 'Story 2']]);
    expect(page.suggested.map((e) => [e.item.articleId, e.article.title])).toEqual([[3, 'Story 3']]);
    expect(page.followUps.map((e) => [e.item.articleId, e.article.title])).toEqual([[6, 'Story 6']]);

    await repository.save({ records: [record(2)] });
    const before = await pageCoverage(db, 'https://wire.example/story-2.html');
    expect([before.suggested, before.followUps]).toEqual([[], []]);
  });
});
