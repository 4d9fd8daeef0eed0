/**
 * Inverse document frequencies from the reader's own history, blended with a
 * background table so that a new install already knows "said" from "Lavrov".
 *
 * It is also the matcher's vocabulary: every term, entity and number a stored
 * article holds gets a small integer id, and the counts live in typed arrays
 * indexed by it. A string-keyed record per article would cost tens of
 * kilobytes in a service worker; an id costs four bytes.
 */
export interface Background {
  /** Number of documents the table was counted over. */
  docs: number;
  /** Document frequency per term. */
  df: Record<string, number>;
}

/**
 * A copy of `s` that holds no reference to a longer string: V8 keeps substrings
 * as slices of their parent, and a term cut from an article must not keep the
 * whole article's text alive for as long as the vocabulary lives.
 */
export const detached = (s: string): string => (' ' + s).slice(1);

export class DocumentFrequencies {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private df = new Int32Array(1024);
  /** The background's document frequency, scaled to `backgroundWeight` documents. */
  private prior = new Float32Array(1024);
  private docs = 0;
  private readonly backgroundDocs: number;

  constructor(
    private readonly background: Background = { docs: 0, df: {} },
    /** How many history documents the background counts as. */
    private readonly backgroundWeight = 2_000,
  ) {
    this.backgroundDocs = background.docs > 0 ? backgroundWeight : 0;
  }

  get size(): number {
    return this.docs;
  }

  /** How many distinct terms have an id. */
  get vocabularySize(): number {
    return this.terms.length;
  }

  /** The id of `term`, given one if it has none yet. */
  intern(term: string): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    const id = this.terms.length;
    const own = detached(term);
    this.terms.push(own);
    this.ids.set(own, id);
    if (id >= this.df.length) {
      const df = new Int32Array(this.df.length * 2);
      df.set(this.df);
      this.df = df;
      const prior = new Float32Array(this.prior.length * 2);
      prior.set(this.prior);
      this.prior = prior;
    }
    const bg = this.background.df[term];
    this.prior[id] = bg && this.background.docs > 0 ? (bg / this.background.docs) * this.backgroundWeight : 0;
    return id;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.terms[id]!;
  }

  /** The terms of ids `start` to `end` (exclusive), for the stored index. */
  termsBetween(start: number, end: number): string[] {
    return this.terms.slice(start, end);
  }

  /** Gives the next ids to stored terms, in order, as a restored index had them; false if one has an id already. */
  restoreTerms(terms: readonly string[]): boolean {
    for (const term of terms) {
      const next = this.terms.length;
      if (this.intern(term) !== next) return false;
    }
    return true;
  }

  /** Document frequencies counted over a restored index's articles, by id. */
  restoreCounts(counts: Int32Array, docs: number): void {
    this.df.set(counts.subarray(0, Math.min(counts.length, this.df.length)));
    this.docs = docs;
  }

  add(terms: Iterable<string>): void {
    this.addIds([...new Set(terms)].map((t) => this.intern(t)));
  }

  /** Counts one document holding these (distinct) term ids. */
  addIds(ids: Iterable<number>): void {
    this.docs++;
    for (const id of ids) this.df[id]!++;
  }

  /** Forgets one document holding these (distinct) term ids. */
  removeIds(ids: Iterable<number>): void {
    this.docs = Math.max(0, this.docs - 1);
    for (const id of ids) if (this.df[id]! > 0) this.df[id]!--;
  }

  count(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.df[id]!;
  }

  /** Smoothed IDF: rare terms weigh most; never negative. */
  idf(term: string): number {
    const id = this.ids.get(term);
    if (id !== undefined) return this.idfOf(id);
    const bg = this.background.docs > 0 ? ((this.background.df[term] ?? 0) / this.background.docs) * this.backgroundWeight : 0;
    return Math.log((this.docs + this.backgroundDocs + 1) / (bg + 1)) + 1;
  }

  /** The IDF of a term no document holds yet: the most any can weigh at this history size. */
  get maxIdf(): number {
    return Math.log(this.docs + this.backgroundDocs + 1) + 1;
  }

  idfOf(id: number): number {
    return Math.log((this.docs + this.backgroundDocs + 1) / (this.df[id]! + this.prior[id]! + 1)) + 1;
  }
}
