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

/** mulberry32: small, fast and seedable, so every run samples the same edits. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct items drawn without replacement. */
export function sample<T>(items: readonly T[], k: number, random: () => number): T[] {
  const pool = [...items];
  for (let i = 0; i < Math.min(k, pool.length); i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, Math.min(k, pool.length));
}
