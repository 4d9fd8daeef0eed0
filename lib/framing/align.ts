/**
 * Sentence alignment across the articles of one event: for every sentence, the sentence
 * of each other article that says most nearly the same thing. Overlap of weighted
 * content terms and values, not exact text, so rewrites and paraphrases still meet.
 * The score is sentence-features' overlapScore. An inverted index over features keeps it to the pairs that share something.
 */
import { eventFeatures, overlapScore, type EventFeatures, type SentenceFeatures, type Shared } from './sentence-features';
import type { FramingContext } from './types';

/** Sentences at least this similar (weighted cosine) report the same thing. */
export const ALIGNED = 0.4;

export interface Counterpart {
  sentence: number;
  score: number;
}

export interface Alignment {
  features: EventFeatures;
  /** `best[article][sentence][other]`: the closest sentence of `other`, or null when nothing is shared. */
  best: (Counterpart | null)[][][];
}

const cache = new WeakMap<FramingContext, Alignment>();

export function alignSentences(context: FramingContext): Alignment {
  const cached = cache.get(context);
  if (cached) return cached;
  const features = eventFeatures(context);
  const { sentences, weightOf } = features;
  const n = sentences.length;
  const postings = new Map<string, [number, number][]>();
  const norm = sentences.map((list) =>
    list.map((s) => {
      let sum = 0;
      for (const f of s.features) {
        const w = weightOf(f);
        sum += w * w;
        let list = postings.get(f);
        if (!list) postings.set(f, (list = []));
        list.push([s.article, s.sentence]);
      }
      return Math.sqrt(sum);
    }),
  );
  const score = (a: SentenceFeatures, b: SentenceFeatures, shared: Shared): number =>
    overlapScore(
      shared,
      { norm: norm[a.article]![a.sentence]!, weight: a.weight },
      { norm: norm[b.article]![b.sentence]!, weight: b.weight },
    );
  const best = sentences.map((list, a) =>
    list.map((s) => {
      const shared = new Map<number, Shared>(); // key: other article * 1e6 + sentence
      for (const f of s.features) {
        const w = weightOf(f);
        for (const [b, t] of postings.get(f)!) {
          if (b === a) continue;
          const key = b * 1e6 + t;
          const entry = shared.get(key);
          if (entry) {
            entry.dot += w * w;
            entry.sum += w;
            entry.count++;
          } else shared.set(key, { dot: w * w, sum: w, count: 1 });
        }
      }
      const row: (Counterpart | null)[] = Array.from({ length: n }, () => null);
      for (const [key, entry] of shared) {
        const b = Math.floor(key / 1e6);
        const t = key - b * 1e6;
        const value = score(s, sentences[b]![t]!, entry);
        const current = row[b];
        if (value > 0 && (!current || value > current.score)) row[b] = { sentence: t, score: value };
      }
      return row;
    }),
  );
  const result = { features, best };
  cache.set(context, result);
  return result;
}
