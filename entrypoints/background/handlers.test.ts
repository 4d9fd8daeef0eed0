import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle, type ExtractedArticle } from '@/lib/extract';
import { CoverageService } from '@/lib/coverage/service';
import { coverageOf, coverageRepository, ParallaxDb } from '@/lib/store';
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

const handlersFor = (db: ParallaxDb, now?: () => number) => backgroundHandlers(db, new CoverageService(coverageRepository(db)), now);

function article(url: string, outlet = 'Continental Wire'): ExtractedArticle {
  const result = extractArticle(parseDocument(articlePage({ canonical: url, outlet })), url);
  if (!result.isArticle) throw new Error('fixture should be an article');
  return result;
}

describe('background handlers', () => {
  it('saves and reports the size of the history', async () => {
    const handlers = handlersFor(freshDb(), () => 5_000);
    await handlers['cs-bg-save-article'](article('https://a.example/1.html'), sender);
    expect(await handlers['cs-bg-save-article'](article('https://a.example/2.html'), sender)).toMatchObject({
      created: true,
      articleCount: 2,
    });
  });

  it('says in words that a full disk stopped the save, and keeps earlier reads', async () => {
    const db = freshDb();
    const handlers = handlersFor(db);
    await handlers['cs-bg-save-article'](article('https://a.example/1.html'), sender);
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    db.articles.hook('creating', () => {
      throw quota;
    });
    await expect(handlers['cs-bg-save-article'](article('https://a.example/2.html'), sender)).rejects.toThrow(/disk is full.*intact/);
    expect((await db.articles.toArray()).map((row) => row.canonicalUrl)).toEqual(['https://a.example/1.html']);
  });

  it('tells the page how many other outlets report the same event, and keeps the reader’s correction', async () => {
    const db = freshDb();
    const handlers = handlersFor(db);
    const first = await handlers['cs-bg-save-article'](article('https://wire.example/a.html'), sender);
    expect(first.otherOutlets).toBe(0);
    const second = await handlers['cs-bg-save-article'](article('https://ledger.example/b.html', 'The Harbor Ledger'), sender);
    expect(second.otherOutlets).toBe(1);
    expect((await coverageOf(db, first.articleId))?.coverage.map((c) => c.articleId)).toEqual([second.articleId]);

    await handlers['ui-bg-mark-not-same-event']({ articleId: first.articleId, otherId: second.articleId }, sender);
    expect((await coverageOf(db, first.articleId))?.coverage).toEqual([]);
    const again = await handlers['cs-bg-save-article'](article('https://ledger.example/b.html', 'The Harbor Ledger'), sender);
    expect(again.otherOutlets).toBe(0);
  });

  it('tells a page read earlier how many outlets report its event now, by its own address', async () => {
    const handlers = handlersFor(freshDb());
    const wirePage = { ...sender, url: 'https://wire.example/a.html?utm_source=newsletter' };
    await handlers['cs-bg-save-article'](article('https://wire.example/a.html'), sender);
    expect(await handlers['cs-bg-page-outlets'](undefined, wirePage)).toEqual({ otherOutlets: 0 });
    await handlers['cs-bg-save-article'](article('https://ledger.example/b.html', 'The Harbor Ledger'), sender);
    expect(await handlers['cs-bg-page-outlets'](undefined, wirePage)).toEqual({ otherOutlets: 1 });
    expect(await handlers['cs-bg-page-outlets'](undefined, { ...sender, url: 'https://unread.example/c.html' })).toEqual({
      otherOutlets: 0,
    });
  });

  it('takes a deleted article out of the others’ coverage', async () => {
    const db = freshDb();
    const handlers = handlersFor(db);
    const first = await handlers['cs-bg-save-article'](article('https://wire.example/a.html'), sender);
    const second = await handlers['cs-bg-save-article'](article('https://ledger.example/b.html', 'The Harbor Ledger'), sender);
    await handlers['ui-bg-delete-article']({ articleId: second.articleId }, sender);
    expect((await coverageOf(db, first.articleId))?.coverage).toEqual([]);
    expect(await coverageOf(db, second.articleId)).toBeUndefined();
  });
  it('tells every tab’s pill to count again after a correction or a deletion', async () => {
    const db = freshDb();
    let told = 0;
    const handlers = backgroundHandlers(db, new CoverageService(coverageRepository(db)), undefined, undefined, async () => void told++);
    const first = await handlers['cs-bg-save-article'](article('https://wire.example/a.html'), sender);
    const second = await handlers['cs-bg-save-article'](article('https://ledger.example/b.html', 'The Harbor Ledger'), sender);
    expect(told).toBe(0);
    await handlers['ui-bg-mark-not-same-event']({ articleId: first.articleId, otherId: second.articleId }, sender);
    await handlers['ui-bg-mark-same-event']({ articleId: first.articleId, otherId: second.articleId }, sender);
    await handlers['ui-bg-delete-article']({ articleId: second.articleId }, sender);
    expect(told).toBe(3);
  });
});

describe('comparing an event', () => {
  const rewrite = (extracted: ExtractedArticle): ExtractedArticle => ({
    ...extracted,
    title: 'Troops mass at border as ministers talk in Lorn',
    paragraphs: [
      'Some 4,000 troops gathered near the border on Tuesday as the foreign ministers of Valmora and Ostrelia met in Lorn.',
      ...extracted.paragraphs.slice(0, 3).map((p) => p.split('. ').reverse().join('. ')),
    ],
  });

  it('compares the article with its event’s other reports, the article first', async () => {
    const db = freshDb();
    const handlers = handlersFor(db);
    const first = await handlers['cs-bg-save-article'](article('https://wire.example/a.html'), sender);
    const second = await handlers['cs-bg-save-article'](rewrite(article('https://herald.example/b.html', 'The Eastern Herald')), sender);
    expect(second.otherOutlets).toBe(1);
    const comparison = await handlers['ui-bg-compare-event']({ articleId: second.articleId }, sender);
    expect(comparison.outlets).toEqual(['The Eastern Herald', 'Continental Wire']);
    expect(comparison.articles.map((a) => a.id)).toEqual([String(second.articleId), String(first.articleId)]);
    expect(comparison.sections.headlines.rows.map((r) => r.title)).toEqual([
      'Troops mass at border as ministers talk in Lorn',
      'Ministers meet in Lorn',
    ]);
    expect(comparison.findings.filter((f) => f.kind === 'headline').flatMap((f) => f.outlets)).toContain('The Eastern Herald');
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
  });

  it('says in words that a deleted article cannot be compared', async () => {
    const handlers = handlersFor(freshDb());
    await expect(handlers['ui-bg-compare-event']({ articleId: 42 }, sender)).rejects.toThrow(/no longer in your reading history/);
  });
});
