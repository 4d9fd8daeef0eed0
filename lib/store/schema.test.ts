import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract';
import { articlePage, parseDocument } from '../testing/pages';
import { eventContents } from '@/e2e/site/content';
import { outlets } from '@/e2e/site/manifest';
import { CoverageService } from '../coverage/service';
import { toMatchDoc } from '../match/doc';
import type { IndexRow, StateRow } from '../match/snapshot';
import type { ExtractedArticle } from '../extract';
import { countArticles, deleteArticle, saveArticle } from './articles';
import { KEPT_FIELDS, type StoredArticle } from './types';
import { coverageRepository } from './coverage';
import { testUpgrade } from './testing/upgrade';

/** An article row as versions 1–4 stored it, written as they did: today's saveArticle also keeps version 5's count. */
const rowOf = (article: ExtractedArticle, readAt: number): StoredArticle => ({
  ...(Object.fromEntries(KEPT_FIELDS.map((key) => [key, article[key]])) as Pick<StoredArticle, (typeof KEPT_FIELDS)[number]>),
  urls: [article.canonicalUrl],
  extractMs: article.ms,
  firstReadAt: readAt,
  readAt,
  readCount: 1,
});

describe('schema upgrades', () => {
  it('2: keeps every article read under version 1 and starts coverage empty', async () => {
    const result = extractArticle(parseDocument(articlePage()), 'https://wire.example/2026/11/18/ministers-meet.html');
    if (!result.isArticle) throw new Error('fixture should be an article');
    await testUpgrade({
      from: 1,
      seed: async (db) => void (await db.articles.add(rowOf(result, 1_000))),
      check: async (db) => {
        expect((await db.articles.toArray()).map((a) => [a.title, a.readCount])).toEqual([['Ministers meet in Lorn', 1]]);
        expect(await db.coverage.count()).toBe(0);
        expect(await db.corrections.count()).toBe(0);
      },
    });
  });

  const transit = eventContents.find((e) => e.id === 'saltmere-transit-vote')!.stories;
  const docs = transit.slice(0, 3).map((story, i) =>
    toMatchDoc({
      id: i + 1,
      outlet: outlets.find((o) => o.slug === story.outlet)!.name,
      title: story.headline,
      paragraphs: story.body,
      publishedAt: story.publishedAt,
      lang: 'en',
    }),
  );

  it('3: keeps the coverage of version 2, from which the service builds the index once', async () => {
    await testUpgrade({
      from: 2,
      seed: async (db) => void (await db.coverage.bulkPut(docs.map((doc) => ({ articleId: doc.id, eventId: 7, doc, coverage: [] })))),
      check: async (db) => {
        expect(await db.matchIndex.count()).toBe(0);
        const service = new CoverageService(coverageRepository(db));
        expect(await service.ready).toBe('rebuild');
        expect(service.summary(1).eventId).toBe(7);
        expect(await db.coverage.count()).toBe(3);
        expect((await db.matchIndex.get('docsPage:0'))?.key).toBe('docsPage:0');
        expect(await new CoverageService(coverageRepository(db)).ready).toBe('index');
      },
    });
  });

  it('4: drops the index rows of version 3 and keeps the coverage, from which the service builds the index anew', async () => {
    await testUpgrade({
      from: 3,
      seed: async (db) => {
        await db.coverage.bulkPut(docs.map((doc) => ({ articleId: doc.id, eventId: 7, doc, coverage: [] })));
        // The rows version 3 wrote: 64 articles a row, each page's events and matches as JSON.
        await db.matchIndex.bulkPut([
          { key: 'meta', format: 1, background: '', articles: 3, terms: 0, outlets: [] },
          { key: 'state:0', json: '[[1,7,[]],[2,7,[]],[3,7,[]]]' },
        ] as unknown as IndexRow[]);
      },
      check: async (db) => {
        expect(await db.matchIndex.count()).toBe(0);
        expect(await db.coverage.count()).toBe(3);
        const service = new CoverageService(coverageRepository(db));
        expect(await service.ready).toBe('rebuild');
        expect(service.summary(3).eventId).toBe(7);
        expect(((await db.matchIndex.get('statePage:0')) as StateRow).events).toEqual(Int32Array.of(1, 7, 2, 7, 3, 7));
        expect(await new CoverageService(coverageRepository(db)).ready).toBe('index');
      },
    });
  });

  it('5: counts the articles of version 4 once, and keeps the count in step with saves and deletions', async () => {
    const read = (url: string) => {
      const result = extractArticle(parseDocument(articlePage({ canonical: url })), url);
      if (!result.isArticle) throw new Error('fixture should be an article');
      return result;
    };
    await testUpgrade({
      from: 4,
      seed: async (db) => {
        for (const n of [1, 2, 3]) await db.articles.add(rowOf(read(`https://wire.example/${n}.html`), n));
      },
      check: async (db) => {
        expect(await countArticles(db)).toBe(3);
        await saveArticle(db, read('https://wire.example/4.html'), 4);
        await saveArticle(db, read('https://wire.example/1.html'), 5);
        await deleteArticle(db, 2);
        await deleteArticle(db, 2);
        expect(await countArticles(db)).toBe(3);
        expect(await countArticles(db)).toBe(await db.articles.count());
      },
    });
  });
});
