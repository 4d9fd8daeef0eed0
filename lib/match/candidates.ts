import { MAX_DAYS_APART, entityTerm } from './features';
import type { DocumentFrequencies } from './idf';
import type { MatchDoc } from './types';

/** The keys an article is found by: its title-and-lede terms and its named entities. */
export function indexKeys(doc: MatchDoc): string[] {
  return [...new Set([...Object.keys(doc.head), ...Object.keys(doc.entities).map(entityTerm)])];
}

/**
 * An inverted index from keys to articles. Lookups skip keys common enough to
 * name a topic rather than a happening, and articles outside the time window.
 */
export class CandidateIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly docs = new Map<number, MatchDoc>();

  get size(): number {
    return this.docs.size;
  }

  get(id: number): MatchDoc | undefined {
    return this.docs.get(id);
  }

  add(doc: MatchDoc): void {
    this.docs.set(doc.id, doc);
    for (const key of indexKeys(doc)) {
      const list = this.postings.get(key);
      if (list) list.push(doc.id);
      else this.postings.set(key, [doc.id]);
    }
  }

  remove(id: number): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    this.docs.delete(id);
    for (const key of indexKeys(doc)) {
      const list = this.postings.get(key);
      const at = list?.indexOf(id) ?? -1;
      if (list && at >= 0) list.splice(at, 1);
    }
  }

  /**
   * Up to `limit` articles from other outlets, within the time window, ranked by
   * the summed rarity of the keys they share with `doc`.
   */
  candidates(doc: MatchDoc, idf: DocumentFrequencies, { limit = 40, maxPosting = 2_000 } = {}): MatchDoc[] {
    if (doc.day === null) return [];
    const scores = new Map<number, number>();
    for (const key of indexKeys(doc)) {
      const list = this.postings.get(key);
      if (!list || list.length > maxPosting) continue;
      // A shared name says more about the happening than a shared word.
      const weight = key.startsWith('@') ? idf.idf(key) * 1.5 : idf.idf(key);
      for (const id of list) scores.set(id, (scores.get(id) ?? 0) + weight);
    }
    const ranked: [MatchDoc, number][] = [];
    for (const [id, score] of scores) {
      const other = this.docs.get(id)!;
      if (other.id === doc.id || other.outlet === doc.outlet || other.day === null || Math.abs(other.day - doc.day) > MAX_DAYS_APART)
        continue;
      // Articles in two languages never match: their terms would only meet by accident.
      if (doc.lang && other.lang && doc.lang !== other.lang) continue;
      ranked.push([other, score]);
    }
    return ranked
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([other]) => other);
  }

  all(): IterableIterator<MatchDoc> {
    return this.docs.values();
  }
}
