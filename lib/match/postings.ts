/**
 * Article ids per key, as singly linked lists in typed arrays: eight bytes an
 * entry and no object per key. A plain array per key cost ~1.6 KB an article
 * (75 keys each, most of them rare terms with a list of one or two).
 */
const PAGE_BITS = 15;
const PAGE = 1 << PAGE_BITS;

export class Postings {
  /** First entry per key (0: none). */
  private heads = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  /** Entries as [article id, next entry] pairs, in fixed pages so growing never copies. */
  private readonly pages: Int32Array[] = [];
  /** Entry 0 is "none". */
  private used = 1;
  /** Entries freed by removals, chained through their `next`. */
  private free = 0;

  length(key: number): number {
    return key < this.lengths.length ? this.lengths[key]! : 0;
  }

  add(key: number, id: number): void {
    if (key >= this.heads.length) this.grow(key);
    let entry = this.free;
    if (entry !== 0) this.free = this.next(entry);
    else {
      entry = this.used++;
      if (entry >>> PAGE_BITS >= this.pages.length) this.pages.push(new Int32Array(2 * PAGE));
    }
    const page = this.pages[entry >>> PAGE_BITS]!;
    const at = (entry & (PAGE - 1)) << 1;
    page[at] = id;
    page[at + 1] = this.heads[key]!;
    this.heads[key] = entry;
    this.lengths[key]!++;
  }

  remove(key: number, id: number): void {
    let previous = 0;
    for (let entry = key < this.heads.length ? this.heads[key]! : 0; entry !== 0; previous = entry, entry = this.next(entry)) {
      if (this.idAt(entry) !== id) continue;
      const next = this.next(entry);
      if (previous === 0) this.heads[key] = next;
      else this.setNext(previous, next);
      this.setNext(entry, this.free);
      this.free = entry;
      this.lengths[key]!--;
      return;
    }
  }

  /** Calls `visit` with every article id under `key` (newest first). */
  forEach(key: number, visit: (id: number) => void): void {
    for (let entry = key < this.heads.length ? this.heads[key]! : 0; entry !== 0; entry = this.next(entry)) visit(this.idAt(entry));
  }

  private idAt(entry: number): number {
    return this.pages[entry >>> PAGE_BITS]![(entry & (PAGE - 1)) << 1]!;
  }

  private next(entry: number): number {
    return this.pages[entry >>> PAGE_BITS]![((entry & (PAGE - 1)) << 1) + 1]!;
  }

  private setNext(entry: number, next: number): void {
    this.pages[entry >>> PAGE_BITS]![((entry & (PAGE - 1)) << 1) + 1] = next;
  }

  private grow(key: number): void {
    let size = this.heads.length;
    while (size <= key) size *= 2;
    const heads = new Int32Array(size);
    heads.set(this.heads);
    this.heads = heads;
    const lengths = new Int32Array(size);
    lengths.set(this.lengths);
    this.lengths = lengths;
  }
}
