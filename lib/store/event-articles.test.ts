import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoverageItem } from '../coverage/types';
import type { MatchDoc } from '../match/types';
import { summaryOf } from '../testing/summaries';
import { eventArticles, framingArticle } from './event-articles';
import { ParallaxDb } from './schema';
import type { StoredArticle } from './types';

let db: ParallaxDb;
beforeEach(() => {
  db = new ParallaxDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

function row(id: number, outlet: string): StoredArticle {
  const summary = summaryOf({ id, outlet, title: `${outlet} on the talks`, publishedAt: '2026-11-18T08:00:00.000Z' });
  return {
    ...summary,
    urls: [summary.canonicalUrl],
    paragraphs: [`${outlet} says the ministers met.`, 'They talked for four hours.'],
  };
}

const item = (articleId: number, syndicated = false): CoverageItem => ({
  articleId,
  outlet: String(articleId),
  score: 0.9,
  syndicated,
  evidence: null,
});

/** Stores articles 1..n of one event; `coverage[id]` lists the others as article `id` sees them. */
async function storeEvent(outlets: string[], coverage: Record<number, CoverageItem[]>) {
  await db.articles.bulkAdd(outlets.map((outlet, i) => row(i + 1, outlet)));
  await db.coverage.bulkPut(
    Object.entries(coverage).map(([id, items]) => ({ articleId: Number(id), eventId: 1, coverage: items, doc: {} as MatchDoc })),
  );
}

describe('eventArticles', () => {
  it('gives the article first, then its coverage in order, with the text the evidence offsets index', async () => {
    await storeEvent(['Wire', 'Herald', 'Monitor'], { 1: [item(3), item(2)] });
    const articles = await eventArticles(db, 1);
    expect(articles?.map((a) => [a.id, a.outlet])).toEqual([
      ['1', 'Wire'],
      ['3', 'Monitor'],
      ['2', 'Herald'],
    ]);
    expect(articles?.[0]?.text).toBe('Wire says the ministers met.\n\nThey talked for four hours.');
    expect(await framingArticle(db, 1)).toEqual(articles?.[0]);
  });

  it('counts copies of one wire story once, whichever side recorded the copy', async () => {
    // 2 reprints the article itself; 4 reprints 3, which only 4's own coverage records.
    await storeEvent(['Wire', 'Ledger', 'Herald', 'Reprint'], {
      1: [item(2, true), item(3), item(4)],
      4: [item(3, true), item(1)],
    });
    expect((await eventArticles(db, 1))?.map((a) => a.outlet)).toEqual(['Wire', 'Herald']);
  });

  it('compares at most the limit, the article always among them', async () => {
    await storeEvent(['A', 'B', 'C', 'D'], { 4: [item(1), item(2), item(3)] });
    expect((await eventArticles(db, 4, 2))?.map((a) => a.outlet)).toEqual(['D', 'A']);
  });

  it('skips coverage whose article was deleted, and answers null for a deleted article', async () => {
    await storeEvent(['A', 'B'], { 1: [item(2), item(9)] });
    expect((await eventArticles(db, 1))?.map((a) => a.outlet)).toEqual(['A', 'B']);
    expect(await eventArticles(db, 9)).toBeNull();
  });

  it('compares an article with no coverage record with itself alone', async () => {
    await storeEvent(['A'], {});
    expect((await eventArticles(db, 1))?.map((a) => a.outlet)).toEqual(['A']);
  });
});
