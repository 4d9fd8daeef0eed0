/**
 * Inverse document frequencies from the reader's own history, blended with a
 * background table so that a new install already knows "said" from "Lavrov".
 */
export interface Background {
  /** Number of documents the table was counted over. */
  docs: number;
  /** Document frequency per term. */
  df: Record<string, number>;
}

export class DocumentFrequencies {
  private readonly df = new Map<string, number>();
  private docs = 0;

  constructor(
    private readonly background: Background = { docs: 0, df: {} },
    /** How many history documents the background counts as. */
    private readonly backgroundWeight = 2_000,
  ) {}

  get size(): number {
    return this.docs;
  }

  add(terms: Iterable<string>): void {
    this.docs++;
    for (const term of new Set(terms)) this.df.set(term, (this.df.get(term) ?? 0) + 1);
  }

  count(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** Smoothed IDF: rare terms weigh most; never negative. */
  idf(term: string): number {
    const bg = this.background.docs > 0 ? ((this.background.df[term] ?? 0) / this.background.docs) * this.backgroundWeight : 0;
    const n = this.docs + (this.background.docs > 0 ? this.backgroundWeight : 0);
    return Math.log((n + 1) / (this.count(term) + bg + 1)) + 1;
  }

  toJSON(): { docs: number; df: [string, number][] } {
    return { docs: this.docs, df: [...this.df] };
  }

  static fromJSON(json: { docs: number; df: [string, number][] }, background?: Background): DocumentFrequencies {
    const restored = new DocumentFrequencies(background);
    restored.docs = json.docs;
    for (const [term, count] of json.df) restored.df.set(term, count);
    return restored;
  }
}
