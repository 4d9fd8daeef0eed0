import type { DocumentFrequencies } from './idf';
import { entityTerm, numberTerm, section, type PackedDoc } from './packed';
import type { MatchDoc } from './types';

export { entityTerm };

/** Days apart beyond which a pair is never the same happening's first coverage. */
export const MAX_DAYS_APART = 7;

/** Further apart than the time window: a match this far apart is a follow-up (see Match.followUp). */
export const beyondWindow = (daysApart: number | null): boolean => daysApart !== null && daysApart > MAX_DAYS_APART;

/** The pair features the model weighs, each scaled to about [0, 1]. */
export const FEATURE_NAMES = [
  'titleCosine',
  'headCosine',
  'bodyCosine',
  // The headline and lede of one against the body of the other: some pages' ledes are site furniture.
  'crossCosine',
  'entityOverlap',
  'headEntities',
  // How much rarity the shared names carry in all, not as a share: two long reports share many.
  'sharedNames',
  // The rarest word or name both share: one street or victim's name can settle it.
  'rarestShared',
  'numbers',
  'numberRarity',
  'dates',
  // Both name days, and no day in common: two look-alike incidents on different nights.
  'datesDisjoint',
  'daysApart',
  'sameDay',
  // Short headlines make every cosine above less sure.
  'shortTitle',
  'wire',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * Which way each feature may move the score, all else equal: more shared is never
 * less sure (+1), further apart in time never more sure (-1); a short headline
 * only qualifies the others (0). The fit (bench/match/fit.ts) holds the model to
 * these, so that a pair unlike any it was fitted on — a translation sharing every
 * name and few words — is not scored down for sharing more.
 */
export const MONOTONE: Record<FeatureName, -1 | 0 | 1> = {
  titleCosine: 1,
  headCosine: 1,
  bodyCosine: 1,
  crossCosine: 1,
  entityOverlap: 1,
  headEntities: 1,
  sharedNames: 1,
  rarestShared: 1,
  numbers: 1,
  numberRarity: 1,
  dates: 1,
  datesDisjoint: -1,
  daysApart: -1,
  sameDay: 1,
  shortTitle: 0,
  wire: 1,
};
/**
 * Text resemblance is kept out of the fitted model: in the gva set, pages of
 * different incidents share identical scraped boilerplate, which teaches a
 * negative weight, while for a reader identical text means one wire story.
 * Syndication is decided by rule instead (see Matcher.compare).
 */
export type PairFeatures = Record<FeatureName, number> & { resemblance: number };

/** Everything of a document that the frequency table counts. */
export function countedTerms(doc: MatchDoc): string[] {
  return [...Object.keys(doc.head), ...Object.keys(doc.body), ...Object.keys(doc.entities).map(entityTerm), ...doc.numbers.map(numberTerm)];
}

const COUNT = 63;
const weightOf = (x: number, shift: number, idf: DocumentFrequencies, binary: boolean) =>
  (binary ? 1 : 1 + Math.log(x & COUNT || 1)) * idf.idfOf(shift === 0 ? x : x >>> shift);

interface Overlap {
  dot: number;
  normA: number;
  normB: number;
  /** Shared ids, and the largest IDF among them. */
  shared: number[];
  rarest: number;
  /** Summed IDF of the shared ids. */
  mass: number;
}

/** A merge of two id-sorted sections: dot product and norms of their TF-IDF vectors. */
function overlap(a: Int32Array, b: Int32Array, shift: number, idf: DocumentFrequencies, binary: boolean, keepShared = false): Overlap {
  const out: Overlap = { dot: 0, normA: 0, normB: 0, shared: [], rarest: 0, mass: 0 };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const ia = i < a.length ? a[i]! >>> shift : Infinity;
    const ib = j < b.length ? b[j]! >>> shift : Infinity;
    if (ia === ib) {
      const wa = weightOf(a[i]!, shift, idf, binary);
      const wb = weightOf(b[j]!, shift, idf, binary);
      out.dot += wa * wb;
      out.normA += wa * wa;
      out.normB += wb * wb;
      const rarity = idf.idfOf(ia);
      out.mass += rarity;
      if (rarity > out.rarest) out.rarest = rarity;
      if (keepShared) out.shared.push(ia);
      i++;
      j++;
    } else if (ia < ib) {
      const wa = weightOf(a[i++]!, shift, idf, binary);
      out.normA += wa * wa;
    } else {
      const wb = weightOf(b[j++]!, shift, idf, binary);
      out.normB += wb * wb;
    }
  }
  return out;
}

const cosineOf = (o: Overlap) => (o.normA === 0 || o.normB === 0 ? 0 : o.dot / Math.sqrt(o.normA * o.normB));

/** Cosine of two sections stored with different shifts (head terms against body terms). */
function crossCosine(a: Int32Array, b: Int32Array, idf: DocumentFrequencies): number {
  return cosineOf(overlap(a, b, 6, idf, false));
}

function sharedCount(a: Int32Array, b: Int32Array, keep?: (x: number, y: number) => boolean): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      if (!keep || keep(a[i]!, b[j]!)) out.push(a[i]!);
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out;
}

export interface PairComparison {
  features: PairFeatures;
  /** Vocabulary ids, rarest first. */
  sharedEntities: number[];
  sharedNumbers: number[];
  sharedTerms: number[];
  daysApart: number | null;
}

const capped = (x: number, max: number) => Math.min(x, max) / max;

export function comparePair(a: PackedDoc, b: PackedDoc, idf: DocumentFrequencies): PairComparison {
  // Rarity is measured against the rarest possible: a new install (little history) and a
  // long one then give the same pair the same features.
  const rarity = idf.maxIdf;
  const title = overlap(section(a, 'title'), section(b, 'title'), 0, idf, true);
  const head = overlap(section(a, 'head'), section(b, 'head'), 6, idf, false, true);
  const bodyA = section(a, 'body');
  const bodyB = section(b, 'body');
  const body = overlap(bodyA, bodyB, 6, idf, false);
  const cross = Math.max(crossCosine(section(a, 'head'), bodyB, idf), crossCosine(bodyA, section(b, 'head'), idf));
  const entities = overlap(section(a, 'entities'), section(b, 'entities'), 7, idf, true, true);
  const entityPairs = sharedCount(
    section(a, 'entities').map((x) => x >>> 6),
    section(b, 'entities').map((x) => x >>> 6),
  );
  const leadShared = entityPairs.filter((x) => x & 1).length;
  const numbersA = section(a, 'numbers');
  const numbersB = section(b, 'numbers');
  const numbers = overlap(numbersA, numbersB, 0, idf, true, true);
  const datesA = section(a, 'dates');
  const datesB = section(b, 'dates');
  const sharedDates = sharedCount(datesA, datesB).length;
  const daysApart = a.day < 0 || b.day < 0 ? null : Math.abs(a.day - b.day);
  const byRarity = (ids: number[]) => ids.sort((x, y) => idf.idfOf(y) - idf.idfOf(x));
  return {
    features: {
      titleCosine: cosineOf(title),
      headCosine: cosineOf(head),
      bodyCosine: cosineOf(body),
      crossCosine: cross,
      entityOverlap:
        entities.normA === 0 || entities.normB === 0
          ? 0
          : entities.mass / Math.sqrt(sumIdf(section(a, 'entities'), 7, idf) * sumIdf(section(b, 'entities'), 7, idf)),
      headEntities: capped(leadShared, 3),
      sharedNames: capped(entities.mass / rarity, 4),
      rarestShared: capped(Math.max(head.rarest, entities.rarest) / rarity, 1),
      numbers: capped(numbers.shared.length, 3),
      numberRarity: capped(numbers.rarest / rarity, 1),
      dates: sharedDates > 0 ? 1 : 0,
      datesDisjoint: datesA.length > 0 && datesB.length > 0 && sharedDates === 0 ? 1 : 0,
      daysApart: daysApart === null ? 1 : Math.min(daysApart, MAX_DAYS_APART) / MAX_DAYS_APART,
      sameDay: daysApart === 0 ? 1 : 0,
      shortTitle: 1 - capped(Math.min(section(a, 'title').length, section(b, 'title').length), 8),
      wire: sharedCount(section(a, 'wire'), section(b, 'wire')).length > 0 ? 1 : 0,
      resemblance: resemblanceOf(section(a, 'fingerprint'), section(b, 'fingerprint')),
    },
    sharedEntities: byRarity(entities.shared),
    sharedNumbers: byRarity(numbers.shared),
    sharedTerms: byRarity(head.shared),
    daysApart,
  };
}

function sumIdf(s: Int32Array, shift: number, idf: DocumentFrequencies): number {
  let sum = 0;
  for (const x of s) sum += idf.idfOf(x >>> shift);
  return sum;
}

const HASHES = 64;
/** As lib/text's resemblance(), over two packed 16-bit minima an int. */
function resemblanceOf(a: Int32Array, b: Int32Array): number {
  if (a.length * 2 !== HASHES || b.length * 2 !== HASHES) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]! ^ b[i]!;
    if ((x & 0xffff) === 0) equal++;
    if (x >>> 16 === 0) equal++;
  }
  const chance = 1 / 65536;
  return Math.max(0, (equal / HASHES - chance) / (1 - chance));
}

export { numberTerm };
