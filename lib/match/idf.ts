import { SnapshotError } from './doc-pages';
import { Interner, STRINGS_PAGE, type StringsPage } from './paged-strings';

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
  /** Terms by id, in typed arrays: a Map and an array of strings cost ~1.2 KB an article. */
  private readonly terms = new Interner();
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
    return this.terms.size;
  }

  /** The id of `term`, given one if it has none yet. */
  intern(term: string): number {
    const known = this.terms.idOf(term);
    if (known !== undefined) return known;
    const id = this.terms.intern(term);
    this.ensure(id);
    const bg = this.background.df[term];
    this.prior[id] = bg && this.background.docs > 0 ? (bg / this.background.docs) * this.backgroundWeight : 0;
    return id;
  }

  private ensure(id: number): void {
    while (id >= this.df.length) {
      const df = new Int32Array(this.df.length * 2);
      df.set(this.df);
      this.df = df;
      const prior = new Float32Array(this.prior.length * 2);
      prior.set(this.prior);
      this.prior = prior;
    }
  }

  idOf(term: string): number | undefined {
    return this.terms.idOf(term);
  }

  term(id: number): string {
    return this.terms.get(id);
  }

  /** Stored page `p` of the vocabulary: its terms and their background priors. */
  termsPage(p: number): StringsPage & { prior: Float32Array } {
    const page = this.terms.strings.page(p);
    return { ...page, prior: this.prior.slice(p * STRINGS_PAGE, p * STRINGS_PAGE + page.ends.length) };
  }

  /** Appends stored page `p` (pages in order; then `finishRestore`). Throws SnapshotError when malformed. */
  restoreTermsPage(p: number, page: StringsPage & { prior: Float32Array }): void {
    if (!(page.prior instanceof Float32Array) || page.prior.length !== page.ends.length)
      throw new SnapshotError(`terms page ${p} malformed`);
    this.terms.loadPage(p, page);
    this.ensure(this.terms.size);
    this.prior.set(page.prior, p * STRINGS_PAGE);
  }

  /** Takes the document frequencies counted over the restored articles (the terms are indexed at the first lookup). */
  finishRestore(counts: Int32Array, docs: number): void {
    this.df.set(counts.subarray(0, Math.min(counts.length, this.df.length)));
    this.docs = docs;
  }

  /** A copy of every vocabulary id's document frequency. */
  counts(): Int32Array {
    return this.df.slice(0, this.vocabularySize);
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
    const id = this.terms.idOf(term);
    return id === undefined ? 0 : this.df[id]!;
  }

  /** Smoothed IDF: rare terms weigh most; never negative. */
  idf(term: string): number {
    const id = this.terms.idOf(term);
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
