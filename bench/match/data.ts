import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { toMatchDoc } from '../../lib/match/doc';
import type { MatchDoc } from '../../lib/match/types';
import { dataDir } from '../lib/data';

/** One line of ../shared/data/events/*.jsonl. `event` and `dataset` are gold labels: only the scorer reads them. */
export interface EventArticle {
  dataset: string;
  event: string | null;
  outlet: string;
  title: string;
  published: string | null;
  url: string;
  text: string;
}

export const LABELLED = ['basil', 'allsides', 'gva'] as const;

export function readLabelled(name: (typeof LABELLED)[number]): EventArticle[] {
  return readFileSync(dataDir('events', `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EventArticle);
}

/** The 37k-article distractor pool, streamed from its gzip. */
export async function readPool(limit = Infinity): Promise<EventArticle[]> {
  const lines = createInterface({
    input: createReadStream(dataDir('events', 'baly-pool.jsonl.gz')).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  const pool: EventArticle[] = [];
  for await (const line of lines) {
    if (!line) continue;
    pool.push(JSON.parse(line) as EventArticle);
    if (pool.length >= limit) {
      lines.close();
      break;
    }
  }
  return pool;
}

/**
 * The order a reader meets articles in: by published day (undated last), ties
 * broken by a stable hash of the URL so datasets interleave within a day.
 */
export function readingOrder(articles: EventArticle[]): EventArticle[] {
  const hash = (s: string) => {
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h >>> 0;
  };
  const key = (a: EventArticle) => a.published ?? '9999';
  return [...articles].sort((a, b) => key(a).localeCompare(key(b)) || hash(a.url) - hash(b.url));
}

/**
 * The article read as the `id`th of a history longer than the data: past its end,
 * the pool's dated articles again, each as another outlet's copy on its original day
 * (a history full of wire copies: every one has a sure match).
 */
export function paddedReading(articles: EventArticle[]): (id: number) => EventArticle {
  const copies = articles.filter((a) => a.dataset === 'baly-pool' && a.published !== null);
  return (id) => {
    if (id < articles.length) return articles[id]!;
    if (copies.length === 0) throw new Error('padding the history needs dated pool articles');
    const copy = copies[(id - articles.length) % copies.length]!;
    return { ...copy, outlet: `${copy.outlet} (copy)` };
  };
}

/** The analysis the extension would store for a line of the data, as article `id`. */
export function docOf(article: EventArticle, id: number): MatchDoc {
  const paragraphs = article.text.split(/\n\s*\n/).filter((p) => p.trim());
  return toMatchDoc({ id, outlet: article.outlet, title: article.title, paragraphs, publishedAt: article.published, lang: 'en' });
}
