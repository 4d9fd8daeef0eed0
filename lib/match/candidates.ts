import { MAX_DAYS_APART } from './features';
import { detached, type DocumentFrequencies } from './idf';
import { pack, section, unpack, type PackedDoc } from './packed';
import type { MatchDoc } from './types';

/** The keys an article is found by: its title-and-lede terms and its named entities (vocabulary ids). */
export function indexKeys(doc: PackedDoc): number[] {
  const keys = new Set<number>();
  for (const x of section(doc, 'head')) keys.add(x >>> 6);
  for (const x of section(doc, 'entities')) keys.add(x >>> 7);
  return [...keys];
}

/**
 * An inverted index from keys to articles. Lookups skip keys common enough to
 * name a topic rather than a happening, and articles outside the time window.
 * Articles are held packed (see packed.ts); `get` rebuilds a MatchDoc on demand.
 */
export class CandidateIndex {
  /** Article ids per key id; a plain array of small integers is the cheapest growable list V8 has. */
  private readonly postings: (number[] | undefined)[] = [];
  private readonly docs = new Map<number, PackedDoc>();
  private readonly outletIds = new Map<string, number>();
  private readonly outletNames: string[] = [];
  /** The first display name seen per entity id. */
  private readonly names: (string | undefined)[] = [];

  constructor(readonly vocabulary: DocumentFrequencies) {}

  get size(): number {
    return this.docs.size;
  }

  /** The article as a MatchDoc, rebuilt from its packed form. */
  get(id: number): MatchDoc | undefined {
    const doc = this.docs.get(id);
    return doc && unpack(doc, this.vocabulary, this.outletNames[doc.outlet]!, (e) => this.names[e]);
  }

  /** The display name of an entity id, as first seen. */
  nameOf(entity: number): string | undefined {
    return this.names[entity];
  }

  packed(id: number): PackedDoc | undefined {
    return this.docs.get(id);
  }

  outletOf(id: number): string | undefined {
    const doc = this.docs.get(id);
    return doc && this.outletNames[doc.outlet];
  }

  /** Packs a MatchDoc against this index's vocabulary (interning its terms). */
  pack(doc: MatchDoc): PackedDoc {
    const packed = pack(doc, this.vocabulary, (name) => {
      const known = this.outletIds.get(name);
      if (known !== undefined) return known;
      this.outletNames.push(detached(name));
      this.outletIds.set(name, this.outletNames.length - 1);
      return this.outletNames.length - 1;
    });
    for (const [key, name] of Object.entries(doc.names)) {
      const id = this.vocabulary.idOf(`@${key}`);
      if (id !== undefined && this.names[id] === undefined) this.names[id] = detached(name);
    }
    return packed;
  }

  add(doc: PackedDoc): void {
    this.docs.set(doc.id, doc);
    for (const key of indexKeys(doc)) {
      const list = this.postings[key];
      if (list) list.push(doc.id);
      else this.postings[key] = [doc.id];
    }
  }

  remove(id: number): PackedDoc | undefined {
    const doc = this.docs.get(id);
    if (!doc) return undefined;
    this.docs.delete(id);
    for (const key of indexKeys(doc)) {
      const list = this.postings[key];
      const at = list?.indexOf(id) ?? -1;
      if (list && at >= 0) list.splice(at, 1);
    }
    return doc;
  }

  /**
   * Up to `limit` articles from other outlets, within the time window, ranked by
   * the summed rarity of the keys they share with `doc`.
   */
  candidates(doc: PackedDoc, idf: DocumentFrequencies, { limit = 40, maxPosting = 2_000 } = {}): PackedDoc[] {
    if (doc.day < 0) return [];
    const scores = new Map<number, number>();
    const entities = new Set<number>();
    for (const x of section(doc, 'entities')) entities.add(x >>> 7);
    for (const key of indexKeys(doc)) {
      const list = this.postings[key];
      if (!list || list.length > maxPosting) continue;
      // A shared name says more about the happening than a shared word.
      const weight = entities.has(key) ? idf.idfOf(key) * 1.5 : idf.idfOf(key);
      for (const id of list) scores.set(id, (scores.get(id) ?? 0) + weight);
    }
    const ranked: [PackedDoc, number][] = [];
    for (const [id, score] of scores) {
      const other = this.docs.get(id)!;
      if (other.id === doc.id || other.outlet === doc.outlet || other.day < 0 || Math.abs(other.day - doc.day) > MAX_DAYS_APART) continue;
      // Articles in two languages never match: their terms would only meet by accident.
      if (doc.lang !== other.lang) continue;
      ranked.push([other, score]);
    }
    return ranked
      .sort((a, b) => b[1] - a[1] || a[0].id - b[0].id)
      .slice(0, limit)
      .map(([other]) => other);
  }

  *all(): IterableIterator<MatchDoc> {
    for (const id of this.docs.keys()) yield this.get(id)!;
  }
}
