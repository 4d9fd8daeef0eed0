import { resemblance } from '../text';
import type { DocumentFrequencies } from './idf';
import type { MatchDoc } from './types';

/** Days apart beyond which a pair is never the same happening's first coverage. */
export const MAX_DAYS_APART = 7;

/** The pair features the model weighs, each scaled to about [0, 1]. */
export const FEATURE_NAMES = [
  'titleCosine',
  'headCosine',
  'bodyCosine',
  'entityOverlap',
  'headEntities',
  'numbers',
  'dates',
  'daysApart',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
/**
 * Text resemblance is kept out of the fitted model: in the gva set, pages of
 * different incidents share identical scraped boilerplate, which teaches a
 * negative weight, while for a reader identical text means one wire story.
 * Syndication is decided by rule instead (see Matcher.compare).
 */
export type PairFeatures = Record<FeatureName, number> & { resemblance: number };

type Weighted = Map<string, number>;

/** Entities are counted in the same frequency table as terms, under a prefix no term has. */
export const entityTerm = (key: string) => `@${key}`;

/** Everything of a document that the frequency table counts. */
export function countedTerms(doc: MatchDoc): string[] {
  return [...Object.keys(doc.head), ...Object.keys(doc.body), ...Object.keys(doc.entities).map(entityTerm)];
}

function tfidf(counts: Record<string, number>, idf: DocumentFrequencies): Weighted {
  const vector: Weighted = new Map();
  for (const term in counts) vector.set(term, (1 + Math.log(counts[term]!)) * idf.idf(term));
  return vector;
}

const ones = (terms: readonly string[]) => Object.fromEntries(terms.map((t) => [t, 1]));

function cosine(a: Weighted, b: Weighted): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, w] of a) {
    na += w * w;
    const other = b.get(term);
    if (other !== undefined) dot += w * other;
  }
  for (const w of b.values()) nb += w * w;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** IDF-weighted overlap of two key sets: the share of their rarity they have in common. */
function weightedOverlap(a: Iterable<string>, b: Set<string>, weight: (key: string) => number): { score: number; shared: string[] } {
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  const common: string[] = [];
  for (const key of a) {
    const w = weight(key);
    totalA += w;
    if (b.has(key)) {
      shared += w;
      common.push(key);
    }
  }
  for (const key of b) totalB += weight(key);
  return { score: totalA === 0 || totalB === 0 ? 0 : shared / Math.sqrt(totalA * totalB), shared: common };
}

function intersect<T>(a: readonly T[], b: readonly T[]): T[] {
  const set = new Set(b);
  return [...new Set(a)].filter((x) => set.has(x));
}

export interface PairComparison {
  features: PairFeatures;
  sharedEntities: string[];
  sharedNumbers: string[];
  sharedTerms: string[];
  daysApart: number | null;
}

export function comparePair(a: MatchDoc, b: MatchDoc, idf: DocumentFrequencies): PairComparison {
  const entityWeight = (key: string) => idf.idf(entityTerm(key));
  const entities = weightedOverlap(Object.keys(a.entities), new Set(Object.keys(b.entities)), entityWeight);
  const headA = tfidf(a.head, idf);
  const headB = tfidf(b.head, idf);
  const sharedNumbers = intersect(a.numbers, b.numbers);
  const daysApart = a.day === null || b.day === null ? null : Math.abs(a.day - b.day);
  const sharedTerms = [...headA.keys()].filter((t) => headB.has(t)).sort((x, y) => idf.idf(y) - idf.idf(x));
  return {
    features: {
      titleCosine: cosine(tfidf(ones(a.title), idf), tfidf(ones(b.title), idf)),
      headCosine: cosine(headA, headB),
      bodyCosine: cosine(tfidf(a.body, idf), tfidf(b.body, idf)),
      entityOverlap: entities.score,
      headEntities: Math.min(intersect(a.headEntities, b.headEntities).length, 3) / 3,
      numbers: Math.min(sharedNumbers.length, 3) / 3,
      dates: intersect(a.dates, b.dates).length > 0 ? 1 : 0,
      daysApart: daysApart === null ? 1 : Math.min(daysApart, MAX_DAYS_APART) / MAX_DAYS_APART,
      resemblance: resemblance(a.fingerprint, b.fingerprint),
    },
    sharedEntities: entities.shared.sort((x, y) => entityWeight(y) - entityWeight(x)),
    sharedNumbers,
    sharedTerms,
    daysApart,
  };
}
