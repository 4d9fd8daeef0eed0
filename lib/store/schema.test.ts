import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract';
import { articlePage, parseDocument } from '../testing/pages';
import { saveArticle } from './articles';
import { testUpgrade } from './testing/upgrade';

describe('schema upgrades', () => {
  it('2: keeps every article read under version 1 and starts coverage empty', async () => {
    const result = extractArticle(parseDocument(articlePage()), 'https://wire.example/2026/11/18/ministers-meet.html');
    if (!result.isArticle) throw new Error('fixture should be an article');
    await testUpgrade({
      from: 1,
      seed: async (db) => void (await saveArticle(db, result, 1_000)),
      check: async (db) => {
        expect((await db.articles.toArray()).map((a) => [a.title, a.readCount])).toEqual([['Ministers meet in Lorn', 1]]);
        expect(await db.coverage.count()).toBe(0);
        expect(await db.corrections.count()).toBe(0);
      },
    });
  });
});
