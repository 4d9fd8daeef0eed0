/**
 * Sentence alignment across the articles of one event: for every sentence, the sentence
 * of each other article that says most nearly the same thing. Overlap of weighted
 * content terms and values, not exact text, so rewrites and paraphrases still meet.
 * The score is sentence-features' overlapScore. An inverted index over features keeps it to the pairs that share something.
 */
import { eventFeatures, overlapScore, type EventFeatures, type Shared } from './sentence-features';
import { oncePer } from './once-per';
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

export const alignSentences = oncePer((context: FramingContext): Alignment => {
  const features = eventFeatures(context);
  const { sentences, weights } = features;
  const n = sentences.length;
  // Sentences are numbered across the event (flat index) so that the shared weights of one
  // sentence with every other accumulate in typed arrays instead of a Map of objects.
  const flat = sentences.flat();
  const offset: number[] = [];
  sentences.reduce((at, list, i) => ((offset[i] = at), at + list.length), 0);
  const postings: number[][] = Array.from({ length: weights.length }, () => []);
  const norm = new Float64Array(flat.length);
  flat.forEach((s, i) => {
    let sum = 0;
    for (const f of s.ids) {
      const w = weights[f]!;
      sum += w * w;
      postings[f]!.push(i);
    }
    norm[i] = Math.sqrt(sum);
  });
  const dot = new Float64Array(flat.length);
  const sum = new Float64Array(flat.length);
  const count = new Uint16Array(flat.length);
  const touched: number[] = [];
  const best = sentences.map((list, a) =>
    list.map((s, i) => {
      const self = offset[a]! + i;
      for (const f of s.ids) {
        const w = weights[f]!;
        for (const j of postings[f]!) {
          if (flat[j]!.article === a) continue;
          if (count[j] === 0) touched.push(j);
          dot[j]! += w * w;
          sum[j]! += w;
          count[j]!++;
        }
      }
      const row: (Counterpart | null)[] = new Array<Counterpart | null>(n).fill(null);
      for (const j of touched) {
        const other = flat[j]!;
        const shared: Shared = { dot: dot[j]!, sum: sum[j]!, count: count[j]! };
        const value = overlapScore(shared, { norm: norm[self]!, weight: s.weight }, { norm: norm[j]!, weight: other.weight });
        const current = row[other.article];
        if (value > 0 && (!current || value > current.score)) row[other.article] = { sentence: other.sentence, score: value };
        dot[j] = 0;
        sum[j] = 0;
        count[j] = 0;
      }
      touched.length = 0;
      return row;
    }),
  );
  return { features, best };
});
