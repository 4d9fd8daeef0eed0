/** Benchmark input for framing: the labelled events as FramingArticles, and a seeded random source. */
import type { FramingArticle } from '../../lib/framing';
import { readLabelled, type EventArticle } from '../match/data';

export interface BasilArticle extends FramingArticle {
  event: string;
  /** Links to framing/basil/annotations/<year>/<article_id>_ann.json. */
  articleId: string | null;
}

export function toFramingArticle(article: EventArticle, id: string): FramingArticle {
  return {
    id,
    outlet: article.outlet,
    title: article.title,
    url: article.url,
    publishedAt: article.published,
    text: article.text,
    lang: 'en',
  };
}

export function readBasil(): BasilArticle[] {
  return readLabelled('basil').map((a, i) => ({
    ...toFramingArticle(a, `basil-${i}`),
    event: a.event!,
    articleId: ((a as unknown as Record<string, unknown>)['article_id'] as string | undefined) ?? null,
  }));
}

/** Groups by `key`, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
