import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle, type ExtractedArticle } from '@/lib/extract';
import { ParallaxDb } from '@/lib/store';
import { articlePage, parseDocument } from '@/lib/testing/pages';
import { backgroundHandlers } from './handlers';

const sender = { id: 'x', url: 'https://wire.example/a.html', tab: { id: 1 } };
const dbs: ParallaxDb[] = [];
const freshDb = () => {
  const db = new ParallaxDb(`handlers-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => void (await Promise.all(dbs.splice(0).map((db) => db.delete()))));

function article(url: string): ExtractedArticle {
  const result = extractArticle(parseDocument(articlePage({ canonical: url })), url);
  if (!result.isArticle) throw new Error('fixture should be an article');
  return result;
}

describe('background handlers', () => {
  it('saves and reports the size of the history', async () => {
    const handlers = backgroundHandlers(freshDb(), () => 5_000);
    await handlers['cs-bg-save-article'](article('https://a.example/1.html'), sender);
    expect(await handlers['cs-bg-save-article'](article('https://a.example/2.html'), sender)).toMatchObject({
      created: true,
      articleCount: 2,
    });
  });

  it('says in words that a full disk stopped the save, and keeps earlier reads', async () => {
    const db = freshDb();
    const handlers = backgroundHandlers(db);
    await handlers['cs-bg-save-article'](article('https://a.example/1.html'), sender);
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    db.articles.hook('creating', () => {
      throw quota;
    });
    await expect(handlers['cs-bg-save-article'](article('https://a.example/2.html'), sender)).rejects.toThrow(/disk is full.*intact/);
    expect((await db.articles.toArray()).map((row) => row.canonicalUrl)).toEqual(['https://a.example/1.html']);
  });
});
