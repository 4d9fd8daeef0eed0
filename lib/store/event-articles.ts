import type { FramingArticle } from '../framing';
import { MAX_ARTICLES } from '../framing';
import type { ParallaxDb } from './schema';
import type { StoredArticle } from './types';

/**
 * A stored article as the framing comparison reads it. The text is the paragraphs
 * joined by a blank line: evidence offsets index exactly this string, so the side
 * panel's reader pane must build it the same way (it calls this too).
 */
export function framingArticleOf(row: StoredArticle & { id: number }): FramingArticle {
  return {
    id: String(row.id),
    outlet: row.outlet,
    title: row.title,
    url: row.canonicalUrl,
    publishedAt: row.publishedAt,
    text: row.paragraphs.join('\n\n'),
    lang: row.lang,
  };
}

/** The stored article `articleId` as the comparison read it, or null when it is gone. */
export async function framingArticle(db: ParallaxDb, articleId: number): Promise<FramingArticle | null> {
  const row = await db.articles.get(articleId);
  return row?.id === undefined ? null : framingArticleOf({ ...row, id: row.id });
}

/**
 * The article and the other reports of its event, for a comparison: the article
 * first, then its coverage best match first, at most `limit`. Copies of one wire
 * story count once — the first met stands for them all, as the popup shows them as
 * one story — since a reprint is not another framing. Null when the article is gone.
 */
export async function eventArticles(db: ParallaxDb, articleId: number, limit: number = MAX_ARTICLES): Promise<FramingArticle[] | null> {
  const own = await db.articles.get(articleId);
  if (own?.id === undefined) return null;
  const record = await db.coverage.get(articleId);
  const ids = (record?.coverage ?? []).map((c) => c.articleId);
  const [rows, records] = await Promise.all([db.articles.bulkGet(ids), db.coverage.bulkGet(ids)]);

  // Syndication is stored per pair in each side's coverage: read it both ways.
  const copies = new Map<number, Set<number>>();
  const link = (a: number, b: number) => {
    copies.set(a, (copies.get(a) ?? new Set()).add(b));
    copies.set(b, (copies.get(b) ?? new Set()).add(a));
  };
  for (const r of [record, ...records]) for (const item of r?.coverage ?? []) if (item.syndicated) link(r!.articleId, item.articleId);

  const kept: (StoredArticle & { id: number })[] = [{ ...own, id: own.id }];
  for (const row of rows) {
    if (kept.length >= limit) break;
    if (row?.id === undefined) continue;
    const copyOf = copies.get(row.id);
    if (kept.some((k) => copyOf?.has(k.id))) continue;
    kept.push({ ...row, id: row.id });
  }
  return kept.map(framingArticleOf);
}
