/**
 * What a sentence says, reduced to the features that carry its meaning: stemmed content
 * terms (names among them) and the quantities it states. Alignment and the number check
 * compare sentences through these, weighted by how rare each feature is in the event, so
 * that a paraphrase still meets its original while "said" and the main actor's name,
 * which every sentence shares, count for little.
 */
import { numbers, type NumberMention } from '../text';
import { termReader } from '../text/tokens';
import { vocabularyOf } from './tokens-of';
import { oncePer } from './once-per';
import type { FramingContext } from './types';

export interface SentenceFeatures {
  article: number;
  sentence: number;
  /** Distinct content terms (`t:` + stem) and stated values (`n:` + value), by number: `EventFeatures.names[id]`. */
  ids: Int32Array;
  /** Quantities with offsets into the article's text. */
  numbers: NumberMention[];
  /** Sum of the feature weights: how much the sentence says. */
  weight: number;
}

export interface EventFeatures {
  /** `[article][sentence]`, in the order of the prepared articles. */
  sentences: SentenceFeatures[][];
  /** `names[id]`: the feature numbered `id`; features are numbered in order of first use. */
  names: string[];
  /** `weights[id]`: the inverse document frequency of the feature numbered `id` over every sentence of the event. */
  weights: Float64Array;
}

/** The term feature of a token, or null when it has none (a stop word, a digit). */
function termFeature(token: string, termOf: (token: string) => string | undefined): string | null {
  const term = termOf(token);
  // Digits are read as quantities below; as terms they would double-count them.
  return term === undefined || /^\p{N}/u.test(term) ? null : `t:${term}`;
}

/** The features of every sentence of the event, computed once per comparison. */
export const eventFeatures = oncePer((context: FramingContext): EventFeatures => {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const df: number[] = [];
  const idOf = (feature: string): number => {
    let id = ids.get(feature);
    if (id === undefined) {
      id = names.length;
      ids.set(feature, id);
      names.push(feature);
      df.push(0);
    }
    return id;
  };
  // Each distinct word's feature once per event and language: the articles of one event share most of their words.
  const termIdsByLang = new Map<string, { termOf: (token: string) => string | undefined; known: Map<string, number> }>();
  const termId = (word: string, lang?: string | null): number => {
    let reader = termIdsByLang.get(lang ?? '');
    if (!reader) termIdsByLang.set(lang ?? '', (reader = { termOf: termReader(lang), known: new Map() }));
    const { termOf, known } = reader;
    let id = known.get(word);
    if (id === undefined) {
      const feature = termFeature(word, termOf);
      id = feature === null ? -1 : idOf(feature);
      known.set(word, id);
    }
    return id;
  };
  // `seen[id] === stamp`: the feature is already among the current sentence's.
  const seen: number[] = [];
  let stamp = 0;
  let count = 0;
  const sentences = context.articles.map((article) => {
    // One pass over the article for quantities (cheaper than one per sentence), then each to its sentence.
    const all = numbers(article.text, article.lang);
    const vocabulary = vocabularyOf(article);
    const termIds = vocabulary.words.map((word) => termId(word, article.lang));
    return article.sentences.map((sentence, index): SentenceFeatures => {
      const mentions = all.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      stamp++;
      const list: number[] = [];
      const add = (id: number) => {
        if (seen[id] === stamp) return;
        seen[id] = stamp;
        list.push(id);
      };
      for (const word of vocabulary.sentences[index]!) if (termIds[word]! >= 0) add(termIds[word]!);
      for (const mention of mentions) add(idOf(`n:${mention.value}`));
      for (const id of list) df[id]!++;
      count++;
      return { article: article.index, sentence: index, ids: Int32Array.from(list), numbers: mentions, weight: 0 };
    });
  });
  const weights = Float64Array.from(df, (n) => Math.log(1 + count / n));
  for (const list of sentences)
    for (const s of list) {
      let weight = 0;
      for (const id of s.ids) weight += weights[id]!;
      s.weight = weight;
    }
  return { sentences, names, weights };
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

/** {@link overlapScore} of two sentences; `skip` leaves features out by number (e.g. the values, to compare what is counted). */
export function similarity(a: SentenceFeatures, b: SentenceFeatures, weights: Float64Array, skip?: (id: number) => boolean): number {
  const shared: Shared = { dot: 0, sum: 0, count: 0 };
  const sideA = { norm: 0, weight: 0 };
  const sideB = { norm: 0, weight: 0 };
  for (const f of a.ids) {
    if (skip?.(f)) continue;
    const w = weights[f]!;
    sideA.norm += w * w;
    sideA.weight += w;
    if (b.ids.includes(f)) {
      shared.dot += w * w;
      shared.sum += w;
      shared.count++;
    }
  }
  for (const f of b.ids) {
    if (skip?.(f)) continue;
    const w = weights[f]!;
    sideB.norm += w * w;
    sideB.weight += w;
  }
  sideA.norm = Math.sqrt(sideA.norm);
  sideB.norm = Math.sqrt(sideB.norm);
  return overlapScore(shared, sideA, sideB);
}
