/**
 * Scores summed per article id over one candidate search, then the best few.
 *
 * Scores sit in a Float64Array indexed by id — article ids are the database's
 * auto-increment keys, so dense — with the ids touched listed, so clearing
 * costs what the search did. A search at 50k stored articles walks ~25k
 * postings entries over ~17k ids: a Map and a full sort of them were most of a
 * save's matching time.
 */
export class IdScores {
  private scores = new Float64Array(1024);
  private touched = new Int32Array(1024);
  private count = 0;

  /** How many ids have a score. */
  get size(): number {
    return this.count;
  }

  /** The `i`-th id scored (in order of first score). */
  idAt(i: number): number {
    return this.touched[i]!;
  }

  scoreOf(id: number): number {
    return id < this.scores.length ? this.scores[id]! : 0;
  }

  /** Adds `weight` (> 0) to the score of `id`. */
  add(id: number, weight: number): void {
    if (id >= this.scores.length) this.scores = grown(this.scores, id + 1);
    if (this.scores[id] === 0) {
      if (this.count === this.touched.length) this.touched = grown(this.touched, this.count + 1);
      this.touched[this.count++] = id;
    }
    this.scores[id] = this.scores[id]! + weight;
  }

  clear(): void {
    for (let i = 0; i < this.count; i++) this.scores[this.touched[i]!] = 0;
    this.count = 0;
  }
}

function grown<T extends Float64Array | Int32Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * The `limit` best of the ids offered, best first: highest score, then lowest
 * id — the order of sorting them all, kept by insertion into a short list.
 */
export class TopScored {
  private readonly ids: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly limit: number) {}

  offer(id: number, score: number): void {
    const n = this.ids.length;
    if (n === this.limit && !this.before(id, score, n - 1)) return;
    let at = n === this.limit ? n - 1 : n;
    for (; at > 0 && this.before(id, score, at - 1); at--) {
      this.ids[at] = this.ids[at - 1]!;
      this.scores[at] = this.scores[at - 1]!;
    }
    this.ids[at] = id;
    this.scores[at] = score;
  }

  /** Whether (id, score) ranks before the entry at `at`. */
  private before(id: number, score: number, at: number): boolean {
    return score > this.scores[at]! || (score === this.scores[at]! && id < this.ids[at]!);
  }

  best(): readonly number[] {
    return this.ids;
  }
}
