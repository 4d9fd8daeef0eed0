import { MAX_DAYS_APART } from './features';
import { detached, type DocumentFrequencies } from './idf';
import { DocPages } from './doc-pages';
import { IdScores, TopScored } from './id-scores';
import { PagedStrings, type StringsPage } from './paged-strings';
import { pack, section, unpack, type PackedDoc } from './packed';
import { Postings } from './postings';
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
 * Articles are held packed, in pages (see doc-pages.ts); `get` rebuilds a
 * MatchDoc on demand.
 */
export class CandidateIndex {
  readonly postings = new Postings();
  readonly docs = new DocPages();
  private readonly outletIds = new Map<string, number>();
  private readonly outletNames: string[] = [];
  /** The first display name seen per entity id ('' for none). */
  private readonly names = new PagedStrings();
  /** Vocabulary ids whose name was given since `takeNamed`. */
  private named = new Set<number>();
  /** Reused by every candidate search. */
  private readonly scores = new IdScores();

  constructor(readonly vocabulary: DocumentFrequencies) {}

  get size(): number {
    return this.docs.size;
  }

  /** The article as a MatchDoc, rebuilt from its packed form. */
  get(id: number): MatchDoc | undefined {
    const doc = this.docs.get(id);
    return doc && unpack(doc, this.vocabulary, this.outletNames[doc.outlet]!, (e) => this.nameOf(e));
  }

  /** The display name of an entity id, as first seen. */
  nameOf(entity: number): string | undefined {
    return this.names.get(entity) || undefined;
  }

  packed(id: number): PackedDoc | undefined {
    return this.docs.get(id);
  }

  outletOf(id: number): string | undefined {
    const header = { outlet: 0, day: 0, lang: 0 };
    return this.docs.header(id, header) ? this.outletNames[header.outlet] : undefined;
  }

  /** Every outlet name, by id. */
  outlets(): readonly string[] {
    return this.outletNames;
  }

  private outletId(name: string): number {
    const known = this.outletIds.get(name);
    if (known !== undefined) return known;
    this.outletNames.push(detached(name));
    this.outletIds.set(name, this.outletNames.length - 1);
    return this.outletNames.length - 1;
  }

  /** Packs a MatchDoc against this index's vocabulary (interning its terms). */
  pack(doc: MatchDoc): PackedDoc {
    const packed = pack(doc, this.vocabulary, (name) => this.outletId(name));
    for (const [key, name] of Object.entries(doc.names)) {
      const id = this.vocabulary.idOf(`@${key}`);
      if (id !== undefined && this.nameOf(id) === undefined) this.setName(id, name);
    }
    return packed;
  }

  private setName(id: number, name: string): void {
    this.names.set(id, name);
    this.named.add(id);
  }

  /** The ids named since the last call (for the snapshot), and forgets them. */
  takeNamed(): number[] {
    const named = [...this.named];
    this.named = new Set();
    return named;
  }

  /** Stored page `p` of the display names (pages as the vocabulary's). */
  namesPage(p: number): StringsPage {
    return this.names.page(p);
  }

  /** Appends a stored page of display names; throws SnapshotError when malformed. */
  restoreNamesPage(p: number, page: StringsPage): void {
    this.names.loadPage(p, page);
  }

  /** Outlet names from a stored index, in id order. */
  restoreOutlets(names: readonly string[]): void {
    for (const name of names) this.outletId(name);
  }

  add(doc: PackedDoc): void {
    this.remove(doc.id);
    this.docs.set(doc);
    for (const key of indexKeys(doc)) this.postings.add(key, doc.id);
  }

  remove(id: number): PackedDoc | undefined {
    const doc = this.docs.delete(id);
    if (doc) for (const key of indexKeys(doc)) this.postings.remove(key, id);
    return doc;
  }

  /**
   * Up to `limit` articles from other outlets, within the time window, ranked by
   * the summed rarity of the keys they share with `doc`.
   */
  candidates(doc: PackedDoc, idf: DocumentFrequencies, { limit = 40, maxPosting = 2_000 } = {}): PackedDoc[] {
    if (doc.day < 0) return [];
    const scores = this.scores;
    scores.clear();
    const entities = new Set<number>();
    for (const x of section(doc, 'entities')) entities.add(x >>> 7);
    for (const key of indexKeys(doc)) {
      const length = this.postings.length(key);
      if (length === 0 || length > maxPosting) continue;
      // A shared name says more about the happening than a shared word.
      const weight = entities.has(key) ? idf.idfOf(key) * 1.5 : idf.idfOf(key);
      const restored = this.postings.restored;
      for (let i = restored.start[key] ?? 0, end = i + this.postings.restoredLength(key); i < end; i++)
        scores.add(restored.ids[i]!, weight);
      const long = this.postings.array(key);
      if (long) for (let i = 0, added = this.postings.addedLength(key); i < added; i++) scores.add(long[i]!, weight);
      else
        for (let entry = this.postings.first(key); entry !== 0; entry = this.postings.next(entry))
          scores.add(this.postings.idAt(entry), weight);
    }
    const best = new TopScored(limit);
    const other = { outlet: 0, day: 0, lang: 0 };
    for (let i = 0; i < scores.size; i++) {
      const id = scores.idAt(i);
      this.docs.header(id, other);
      if (id === doc.id || other.outlet === doc.outlet || other.day < 0 || Math.abs(other.day - doc.day) > MAX_DAYS_APART) continue;
      // Articles in two languages never match: their terms would only meet by accident.
      if (doc.lang !== other.lang) continue;
      best.offer(id, scores.scoreOf(id));
    }
    return best.best().map((id) => this.docs.get(id)!);
  }

  /**
   * Up to `limit` articles from other outlets beyond the time window (up to `maxDays`
   * apart) sharing at least `names` full names with `doc`, most names first: the later
   * chapters of a story, an arrest or a sentencing weeks after a shooting. Only names of
   * two words or more, each listed under at most `maxPosting` articles, count: a victim
   * or a defendant, not a president or a city.
   */
  followUpCandidates(doc: PackedDoc, { names = 2, maxPosting = 30, maxDays = 365, limit = 10 } = {}): PackedDoc[] {
    if (doc.day < 0) return [];
    const shared = new Map<number, number>();
    for (const x of section(doc, 'entities')) {
      const key = x >>> 7;
      const length = this.postings.length(key);
      if (length === 0 || length > maxPosting || !this.vocabulary.term(key).includes(' ')) continue;
      this.postings.forEach(key, (id) => shared.set(id, (shared.get(id) ?? 0) + 1));
    }
    const best = new TopScored(limit);
    const other = { outlet: 0, day: 0, lang: 0 };
    for (const [id, count] of shared) {
      if (count < names || id === doc.id) continue;
      this.docs.header(id, other);
      const days = Math.abs(other.day - doc.day);
      if (other.outlet === doc.outlet || other.day < 0 || days <= MAX_DAYS_APART || days > maxDays || other.lang !== doc.lang) continue;
      best.offer(id, count);
    }
    return best.best().map((id) => this.docs.get(id)!);
  }

  *all(): IterableIterator<MatchDoc> {
    for (const id of this.docs.ids()) yield this.get(id)!;
  }
}
