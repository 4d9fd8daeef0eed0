import type { ExtractedArticle } from '../extract';
import type { ParallaxDb } from './schema';
import { KEPT_FIELDS, type ArticleSummary, type StoredArticle } from './types';

export interface SaveOutcome {
  articleId: number;
  created: boolean;
}

/**
 * Inserts the article, or updates the row already kept for its canonical URL.
 * One read-write transaction, so tabs saving the same URL at once still leave one
 * row, and the article count moves with the rows.
 */
export async function saveArticle(db: ParallaxDb, article: ExtractedArticle, readAt: number): Promise<SaveOutcome> {
  return db.transaction('rw', db.articles, db.counters, async () => {
    const existing = await db.articles.where('canonicalUrl').equals(article.canonicalUrl).first();
    const kept = Object.fromEntries(KEPT_FIELDS.map((key) => [key, article[key]])) as Pick<ExtractedArticle, (typeof KEPT_FIELDS)[number]>;
    const fields = { ...kept, extractMs: article.ms, readAt };
    if (existing?.id !== undefined) {
      const urls = existing.urls.includes(article.url) ? existing.urls : [...existing.urls, article.url];
      await db.articles.update(existing.id, { ...fields, urls, readCount: existing.readCount + 1 });
      return { articleId: existing.id, created: false };
    }
    const urls = [...new Set([article.url, article.canonicalUrl])];
    const articleId = await db.articles.add({ ...fields, urls, firstReadAt: readAt, readCount: 1 });
    await countMore(db, 1);
    return { articleId, created: true };
  });
}

export function summarize({ paragraphs: _text, urls: _urls, ...summary }: StoredArticle): ArticleSummary {
  return { ...summary, id: summary.id! };
}

/** The article read at `url` (any address it was read at, or its canonical URL). */
export async function findArticleByUrl(db: ParallaxDb, url: string): Promise<StoredArticle | undefined> {
  return (await db.articles.where('canonicalUrl').equals(url).first()) ?? (await db.articles.where('urls').equals(url).first());
}

/** One get: the count is kept beside the rows (schema version 5), not counted. */
export async function countArticles(db: ParallaxDb): Promise<number> {
  return (await db.counters.get('articles'))?.value ?? 0;
}

/** Inside the transaction that adds or deletes articles. */
async function countMore(db: ParallaxDb, change: number): Promise<void> {
  await db.counters.put({ key: 'articles', value: (await countArticles(db)) + change });
}

/** Most recently read first. */
export async function listArticles(db: ParallaxDb, { limit = 50, offset = 0 } = {}): Promise<ArticleSummary[]> {
  const rows = await db.articles.orderBy('readAt').reverse().offset(offset).limit(limit).toArray();
  return rows.map(summarize);
}

export async function deleteArticle(db: ParallaxDb, articleId: number): Promise<boolean> {
  return db.transaction('rw', db.articles, db.counters, async () => {
    if (!(await db.articles.get(articleId))) return false;
    await db.articles.delete(articleId);
    await countMore(db, -1);
    return true;
  });
}
