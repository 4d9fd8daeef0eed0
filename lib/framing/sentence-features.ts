/**
 * What a sentence says, reduced to the features that carry its meaning: stemmed content
 * terms (names among them) and the quantities it states. Alignment and the number check
 * compare sentences through these, weighted by how rare each feature is in the event, so
 * that a paraphrase still meets its original while "said" and the main actor's name,
 * which every sentence shares, count for little.
 */
import { numbers, termsFromTokens, type NumberMention } from '../text';
import { tokensOf } from './tokens-of';
import { oncePer } from './once-per';
import type { FramingContext } from './types';

export interface SentenceFeatures {
  article: number;
  sentence: number;
  /** Distinct content terms (`t:` + stem) and stated values (`n:` + value). */
  features: string[];
  /** Quantities with offsets into the article's text. */
  numbers: NumberMention[];
  /** Sum of the feature weights: how much the sentence says. */
  weight: number;
}

export interface EventFeatures {
  /** `[article][sentence]`, in the order of the prepared articles. */
  sentences: SentenceFeatures[][];
  /** Inverse document frequency over every sentence of the event. */
  weightOf(feature: string): number;
}

/**
 * The term feature of each token, or null when it has none (a stop word, a digit), found once
 * per distinct token of an article: the same words recur from sentence to sentence.
 */
function termFeatures(lang?: string | null): (token: string) => string | null {
  const known = new Map<string, string | null>();
  return (token) => {
    let feature = known.get(token);
    if (feature === undefined) {
      const term = termsFromTokens([token], lang)[0];
      // Digits are read as quantities below; as terms they would double-count them.
      feature = term === undefined || /^\p{N}/u.test(term) ? null : `t:${term}`;
      known.set(token, feature);
    }
    return feature;
  };
}

function featuresOf(tokens: readonly string[], mentions: readonly NumberMention[], termOf: (token: string) => string | null): string[] {
  const set = new Set<string>();
  for (const token of tokens) {
    const feature = termOf(token);
    if (feature !== null) set.add(feature);
  }
  for (const mention of mentions) set.add(`n:${mention.value}`);
  return [...set];
}

/** The features of every sentence of the event, computed once per comparison. */
export const eventFeatures = oncePer((context: FramingContext): EventFeatures => {
  const df = new Map<string, number>();
  let count = 0;
  const sentences = context.articles.map((article) => {
    // One pass over the article for quantities (cheaper than one per sentence), then each to its sentence.
    const all = numbers(article.text, article.lang);
    const tokens = tokensOf(article);
    const termOf = termFeatures(article.lang);
    return article.sentences.map((sentence, index): SentenceFeatures => {
      const mentions = all.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      const features = featuresOf(tokens[index]!, mentions, termOf);
      for (const f of features) df.set(f, (df.get(f) ?? 0) + 1);
      count++;
      return { article: article.index, sentence: index, features, numbers: mentions, weight: 0 };
    });
  });
  const idf = new Map<string, number>();
  const weightOf = (feature: string): number => {
    let w = idf.get(feature);
    if (w === undefined) {
      w = Math.log(1 + count / (df.get(feature) ?? 1));
      idf.set(feature, w);
    }
    return w;
  };
  for (const list of sentences) for (const s of list) s.weight = s.features.reduce((sum, f) => sum + weightOf(f), 0);
  return { sentences, weightOf };
});

/** Sentences sharing fewer features than this never align: one shared name is not a shared fact. */
const MIN_SHARED = 3;
/** Containment counts fully only from this many shared features: a few shared words are all of a short sentence. */
const FULL_CONTAINMENT = 6;

/** What two sentences share: Σ w² (the cosine's numerator), Σ w (containment's) and how many features. */
export interface Shared {
  dot: number;
  sum: number;
  count: number;
}

/**
 * How nearly two sentences say the same thing, 0–1: the mean of the weighted cosine and of
 * how much of the shorter sentence the longer contains, so a fact told in a clause of a
 * long sentence still meets its short telling.
 */
export function overlapScore(shared: Shared, a: { norm: number; weight: number }, b: { norm: number; weight: number }): number {
  if (shared.count < MIN_SHARED || a.norm === 0 || b.norm === 0) return 0;
  const cosine = shared.dot / (a.norm * b.norm);
  const containment = (shared.sum / Math.min(a.weight, b.weight)) * Math.min(1, shared.count / FULL_CONTAINMENT);
  return (cosine + containment) / 2;
}

/** {@link overlapScore} of two sentences; `skip` leaves features out (e.g. the values, to compare what is counted). */
export function similarity(
  a: SentenceFeatures,
  b: SentenceFeatures,
  weightOf: (f: string) => number,
  skip?: (f: string) => boolean,
): number {
  const inB = new Set(b.features);
  const shared: Shared = { dot: 0, sum: 0, count: 0 };
  const sideA = { norm: 0, weight: 0 };
  const sideB = { norm: 0, weight: 0 };
  for (const f of a.features) {
    if (skip?.(f)) continue;
    const w = weightOf(f);
    sideA.norm += w * w;
    sideA.weight += w;
    if (inB.has(f)) {
      shared.dot += w * w;
      shared.sum += w;
      shared.count++;
    }
  }
  for (const f of b.features) {
    if (skip?.(f)) continue;
    const w = weightOf(f);
    sideB.norm += w * w;
    sideB.weight += w;
  }
  sideA.norm = Math.sqrt(sideA.norm);
  sideB.norm = Math.sqrt(sideB.norm);
  return overlapScore(shared, sideA, sideB);
}
