import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractArticle, type ExtractedArticle } from '../extract';
import { articlePage, parseDocument } from '../testing/pages';
import { countArticles, deleteArticle, findArticleByUrl, listArticles, saveArticle } from './articles';
import { ParallaxDb } from './schema';

function article(url = 'https://wire.example/2026/11/18/ministers-meet.html', title = 'Ministers meet in Lorn'): ExtractedArticle {
  const result = extractArticle(parseDocument(articlePage({ title, canonical: url })), url);
  if (!result.isArticle) throw new Error('fixture should be an article');
  return result;
}

let db: ParallaxDb;
beforeEach(() => {
  db = new ParallaxDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saveArticle', () => {
  it('stores a new article with when it was read', async () => {
    const outcome = await saveArticle(db, article(), 1_000);
    expect(outcome.created).toBe(true);
    expect(await db.articles.get(outcome.articleId)).toMatchObject({
      title: 'Ministers meet in Lorn',
      firstReadAt: 1_000,
      readAt: 1_000,
      readCount: 1,
    });
  });

  it('updates the row when the same canonical URL is read again', async () => {
    const first = await saveArticle(db, article(), 1_000);
    const again = await saveArticle(
      db,
      { ...article(), title: 'Ministers meet in Lorn (updated)', url: 'https://wire.example/amp/ministers-meet.html' },
      2_000,
    );
    expect(again).toEqual({ articleId: first.articleId, created: false });
    expect(await countArticles(db)).toBe(1);
    expect(await db.articles.get(first.articleId)).toMatchObject({
      title: 'Ministers meet in Lorn (updated)',
      firstReadAt: 1_000,
      readAt: 2_000,
      readCount: 2,
    });
  });

  it('keeps one row when 20 tabs save the same URL at once', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => saveArticle(db, article(), 1_000 + i)));
    expect(await countArticles(db)).toBe(1);
    expect((await db.articles.toArray())[0]?.readCount).toBe(20);
  });

  it('finds the article by any address it was read at', async () => {
    await saveArticle(db, { ...article(), url: 'https://wire.example/m/ministers-meet.html' }, 1_000);
    expect((await findArticleByUrl(db, 'https://wire.example/m/ministers-meet.html'))?.title).toBe('Ministers meet in Lorn');
    expect((await findArticleByUrl(db, 'https://wire.example/2026/11/18/ministers-meet.html'))?.title).toBe('Ministers meet in Lorn');
    expect(await findArticleByUrl(db, 'https://wire.example/other.html')).toBeUndefined();
  });
});

describe('listing and deleting', () => {
  it('lists the most recently read first, without the text', async () => {
    await saveArticle(db, article('https://a.example/1.html', 'First read'), 1_000);
    await saveArticle(db, article('https://b.example/2.html', 'Second read'), 2_000);
    const listed = await listArticles(db);
    expect(listed.map((a) => a.title)).toEqual(['Second read', 'First read']);
    expect(listed[0]).not.toHaveProperty('paragraphs');
  });

  it('deletes one article and leaves the others', async () => {
    const { articleId } = await saveArticle(db, article('https://a.example/1.html'), 1_000);
    await saveArticle(db, article('https://b.example/2.html'), 2_000);
    expect(await deleteArticle(db, articleId)).toBe(true);
    expect(await deleteArticle(db, articleId)).toBe(false);
    expect(await countArticles(db)).toBe(1);
  });
});
