/**
 * Article ids per key, as singly linked lists in typed arrays: eight bytes an
 * entry and no object per key. A plain array per key cost ~1.6 KB an article
 * (75 keys each, most of them rare terms with a list of one or two).
 */
const PAGE_BITS = 15;
const PAGE = 1 << PAGE_BITS;
/**
 * A key listed under this many articles moves to a contiguous array of its own:
 * walking long linked lists (the keys a save's candidate search reads most)
 * made matching twice as slow; the few long lists cost little memory as arrays.
 */
const LONG = 32;

/**
 * The lists of a restored index, built in one pass: each key's ids side by side
 * in one array (four bytes an entry), `length` of them in use from `start` on.
 * Removals swap the last id into the gap; additions go to the linked lists.
 */
export interface RestoredLists {
  ids: Int32Array;
  start: Int32Array;
  length: Int32Array;
}

export class Postings {
  /** Lists restored at once (see `restore`); empty until then. */
  restored: RestoredLists = { ids: new Int32Array(0), start: new Int32Array(0), length: new Int32Array(0) };
  /** First entry per key (0: none). */
  private heads = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  /** Entries as [article id, next entry] pairs, in fixed pages so growing never copies. */
  private readonly pages: Int32Array[] = [];
  /** Entry 0 is "none". */
  private used = 1;
  /** Entries freed by removals, chained through their `next`. */
  private free = 0;
  /** Keys with long lists: their ids in order of arrival, `lengths[key]` of them in use. */
  private readonly long = new Map<number, Int32Array>();

  /** How many ids `key` lists: its restored ids (read `restored`) and its added ones (walk `first`/`next` or read `array`). */
  length(key: number): number {
    return this.addedLength(key) + this.restoredLength(key);
  }

  addedLength(key: number): number {
    return key < this.lengths.length ? this.lengths[key]! : 0;
  }

  restoredLength(key: number): number {
    return key < this.restored.length.length ? this.restored.length[key]! : 0;
  }

  /** Takes the lists of many articles, built at once (see load-index.ts). Only into empty postings. */
  restore(lists: RestoredLists): void {
    if (this.used > 1 || this.long.size > 0 || this.restored.ids.length > 0) throw new Error('Postings.restore needs empty postings');
    const { ids, start, length } = lists;
    if (start.length !== length.length) throw new RangeError('Postings.restore: as many starts as lengths');
    for (let key = 0; key < start.length; key++)
      if (start[key]! < 0 || start[key]! + length[key]! > ids.length) throw new RangeError(`Postings.restore: the list of ${key} overruns`);
    this.restored = lists;
  }

  /**
   * The lists of keys `0 … keys - 1`, of the ids below `below` only, key after
   * key (the order within a list is not kept): what a checkpoint stores.
   */
  listsBelow(keys: number, below: number): { lengths: Int32Array; ids: Int32Array } {
    const lengths = new Int32Array(keys);
    let capacity = this.restored.ids.length;
    for (let key = 0; key < keys; key++) capacity += this.addedLength(key);
    const ids = new Int32Array(capacity);
    const { restored } = this;
    let n = 0;
    for (let key = 0; key < keys; key++) {
      const from = n;
      for (let i = restored.start[key] ?? 0, end = i + this.restoredLength(key); i < end; i++) {
        const id = restored.ids[i]!;
        if (id < below) ids[n++] = id;
      }
      const added = this.addedLength(key);
      const long = added > 0 ? this.long.get(key) : undefined;
      if (long)
        for (let i = 0; i < added; i++) {
          if (long[i]! < below) ids[n++] = long[i]!;
        }
      else if (added > 0)
        for (let entry = this.heads[key]!; entry !== 0; entry = this.next(entry)) {
          const id = this.idAt(entry);
          if (id < below) ids[n++] = id;
        }
      lengths[key] = n - from;
    }
    return { lengths, ids: ids.slice(0, n) };
  }

  /** Makes room for keys below `keys` at once (a restore adds under any of them). */
  reserve(keys: number): void {
    if (keys > this.heads.length) this.grow(keys - 1);
  }

  add(key: number, id: number): void {
    if (key >= this.heads.length) this.grow(key);
    const long = this.long.get(key);
    if (long) return this.append(key, long, id);
    if (this.lengths[key]! >= LONG) return this.promote(key, id);
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
    if (this.removeRestored(key, id)) return;
    const long = this.long.get(key);
    if (long) {
      const at = long.subarray(0, this.lengths[key]!).indexOf(id);
      if (at < 0) return;
      long.copyWithin(at, at + 1, this.lengths[key]!);
      this.lengths[key]!--;
      return;
    }
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

  private removeRestored(key: number, id: number): boolean {
    const { ids, start, length } = this.restored;
    const n = this.restoredLength(key);
    const from = n > 0 ? start[key]! : 0;
    const at = ids.subarray(from, from + n).indexOf(id);
    if (at < 0) return false;
    ids[from + at] = ids[from + n - 1]!;
    length[key] = n - 1;
    return true;
  }

  /** The ids added under `key` when their list is long (the first `addedLength(key)` of them), else undefined: walk the entries. */
  array(key: number): Int32Array | undefined {
    return this.long.get(key);
  }

  private append(key: number, long: Int32Array, id: number): void {
    const n = this.lengths[key]!;
    if (n === long.length) {
      const grown = new Int32Array(n * 2);
      grown.set(long);
      this.long.set(key, grown);
      long = grown;
    }
    long[n] = id;
    this.lengths[key] = n + 1;
  }

  /** Moves a key's linked entries to an array (oldest first), freeing them, and appends `id`. */
  private promote(key: number, id: number): void {
    const ids: number[] = [];
    for (let entry = this.heads[key]!; entry !== 0;) {
      ids.push(this.idAt(entry));
      const next = this.next(entry);
      this.setNext(entry, this.free);
      this.free = entry;
      entry = next;
    }
    const long = new Int32Array(LONG * 2);
    long.set(ids.reverse());
    this.heads[key] = 0;
    this.long.set(key, long);
    this.append(key, long, id);
  }

  /** Calls `visit` with every id listed under `key`: for short lists, where a closure per id costs nothing that matters. */
  forEach(key: number, visit: (id: number) => void): void {
    const { restored } = this;
    for (let i = restored.start[key] ?? 0, end = i + this.restoredLength(key); i < end; i++) visit(restored.ids[i]!);
    const long = this.long.get(key);
    if (long) for (let i = 0, n = this.addedLength(key); i < n; i++) visit(long[i]!);
    else for (let entry = this.first(key); entry !== 0; entry = this.next(entry)) visit(this.idAt(entry));
  }

  /** The first entry under `key` (0: none); walk on with `next`, read with `idAt` — no closure per key. */
  first(key: number): number {
    return key < this.heads.length ? this.heads[key]! : 0;
  }

  idAt(entry: number): number {
    return this.pages[entry >>> PAGE_BITS]![(entry & (PAGE - 1)) << 1]!;
  }

  next(entry: number): number {
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
