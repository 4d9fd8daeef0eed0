import { contentTerms } from '../../lib/text/tokens';
import { dayOf } from '../../lib/match/doc';
import { MAX_DAYS_APART } from '../../lib/match/features';
import type { EventArticle } from './data';

/**
 * The baseline the issue names: TF-IDF cosine over title + lede, IDF from the
 * articles read so far, each article linked to its most similar earlier article
 * from another outlet within the same time window. Clusters for any threshold
 * are the connected components of the links at or above it, so one pass serves
 * a whole sweep.
 */
export function baselineLinks(articles: EventArticle[]): { from: number; to: number; score: number }[] {
  const df = new Map<string, number>();
  const vectors: Map<string, number>[] = [];
  const postings = new Map<string, number[]>();
  const links: { from: number; to: number; score: number }[] = [];
  articles.forEach((article, id) => {
    const lede = [article.title, ...article.text.split(/\n\s*\n/).slice(0, 2)].join('\n');
    const terms = contentTerms(lede);
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const n = id + 1;
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * (Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1);
      vector.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (const [t, w] of vector) vector.set(t, w / (norm || 1));
    const day = dayOf(article.published);
    const seen = new Set<number>();
    let best = { to: -1, score: 0 };
    if (day !== null) {
      for (const t of vector.keys()) {
        for (const other of postings.get(t) ?? []) {
          if (seen.has(other)) continue;
          seen.add(other);
          const o = articles[other]!;
          const od = dayOf(o.published);
          if (o.outlet === article.outlet || od === null || Math.abs(od - day) > MAX_DAYS_APART) continue;
          let dot = 0;
          for (const [term, w] of vector) dot += w * (vectors[other]!.get(term) ?? 0);
          if (dot > best.score) best = { to: other, score: dot };
        }
      }
    }
    if (best.to >= 0) links.push({ from: id, to: best.to, score: best.score });
    vectors.push(vector);
    for (const t of tf.keys()) {
      df.set(t, (df.get(t) ?? 0) + 1);
      const list = postings.get(t);
      if (list) list.push(id);
      else postings.set(t, [id]);
    }
  });
  return links;
}

/** Connected components of the links at or above `threshold`, as a cluster label per article. */
export function componentsAt(count: number, links: { from: number; to: number; score: number }[], threshold: number): string[] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const { from, to, score } of links) if (score >= threshold) parent[find(from)] = find(to);
  return parent.map((_, i) => String(find(i)));
}
