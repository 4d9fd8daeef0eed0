/**
 * What a sentence says, reduced to the features that carry its meaning: stemmed content
 * terms (names among them) and the quantities it states. Alignment and the number check
 * compare sentences through these, weighted by how rare each feature is in the event, so
 * that a paraphrase still meets its original while "said" and the main actor's name,
 * which every sentence shares, count for little.
 */
import { numbers, termsFromTokens, tokenize, type NumberMention } from '../text';
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

const cache = new WeakMap<FramingContext, EventFeatures>();

function featuresOf(text: string, mentions: readonly NumberMention[], lang?: string | null): string[] {
  const set = new Set<string>();
  // Digits are read as quantities below; as terms they would double-count them.
  for (const term of termsFromTokens(tokenize(text), lang)) if (!/^\p{N}/u.test(term)) set.add(`t:${term}`);
  for (const mention of mentions) set.add(`n:${mention.value}`);
  return [...set];
}

/** The features of every sentence of the event, computed once per comparison. */
export function eventFeatures(context: FramingContext): EventFeatures {
  const cached = cache.get(context);
  if (cached) return cached;
  const df = new Map<string, number>();
  let count = 0;
  const sentences = context.articles.map((article) =>
    article.sentences.map((sentence, index): SentenceFeatures => {
      const mentions = numbers(sentence.text, article.lang).map((m) => ({
        ...m,
        start: m.start + sentence.start,
        end: m.end + sentence.start,
      }));
      const features = featuresOf(sentence.text, mentions, article.lang);
      for (const f of features) df.set(f, (df.get(f) ?? 0) + 1);
      count++;
      return { article: article.index, sentence: index, features, numbers: mentions, weight: 0 };
    }),
  );
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
  const result = { sentences, weightOf };
  cache.set(context, result);
  return result;
}

/** Cosine of two sentences' weighted feature sets, 0–1; `skip` leaves features out (e.g. values). */
export function similarity(
  a: SentenceFeatures,
  b: SentenceFeatures,
  weightOf: (f: string) => number,
  skip?: (f: string) => boolean,
): number {
  const inB = new Set(b.features);
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const f of a.features) {
    if (skip?.(f)) continue;
    const w = weightOf(f);
    wa += w * w;
    if (inB.has(f)) shared += w * w;
  }
  for (const f of b.features) {
    if (skip?.(f)) continue;
    const w = weightOf(f);
    wb += w * w;
  }
  return wa === 0 || wb === 0 ? 0 : shared / Math.sqrt(wa * wb);
}
