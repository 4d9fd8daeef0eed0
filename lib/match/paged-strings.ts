import { SnapshotError } from './doc-pages';

/** Strings per page: the unit they are stored in (see snapshot.ts). */
export const STRINGS_PAGE = 1_024;

interface Page {
  /** UTF-16 code units of the page's strings, back to back; `used` of them are taken. */
  chars: Uint16Array;
  used: number;
  /** End offset of each slot's string; slots from `filled` on have none yet. */
  ends: Int32Array;
  filled: number;
}

/** The stored form of a page: exactly what is in use. */
export interface StringsPage {
  chars: Uint16Array;
  ends: Int32Array;
}

/**
 * Consecutive pages stored as one value: their characters and end offsets back
 * to back (offsets counted from the group's first character), and how many
 * strings each page holds. IndexedDB reads a few large values much faster than
 * many small ones.
 */
export interface StringsGroup extends StringsPage {
  sizes: Int32Array;
}

export function joinPages(pages: readonly StringsPage[]): StringsGroup {
  const chars = new Uint16Array(pages.reduce((n, p) => n + p.chars.length, 0));
  const ends = new Int32Array(pages.reduce((n, p) => n + p.ends.length, 0));
  let charsAt = 0;
  let endsAt = 0;
  for (const page of pages) {
    chars.set(page.chars, charsAt);
    for (let k = 0; k < page.ends.length; k++) ends[endsAt + k] = charsAt + page.ends[k]!;
    charsAt += page.chars.length;
    endsAt += page.ends.length;
  }
  return { chars, ends, sizes: Int32Array.from(pages, (p) => p.ends.length) };
}

/** The pages of a stored group, as views of its characters; throws SnapshotError when its sizes do not add up. */
export function splitGroup({ chars, ends, sizes }: StringsGroup, name: string): StringsPage[] {
  if (!(chars instanceof Uint16Array) || !(ends instanceof Int32Array) || !(sizes instanceof Int32Array))
    throw new SnapshotError(`${name} malformed`);
  const pages: StringsPage[] = [];
  let at = 0;
  let base = 0;
  for (const size of sizes) {
    if (size < 0 || size > STRINGS_PAGE || at + size > ends.length) throw new SnapshotError(`${name} malformed`);
    const end = size > 0 ? ends[at + size - 1]! : base;
    if (end < base || end > chars.length) throw new SnapshotError(`${name} malformed`);
    const pageEnds = new Int32Array(size);
    for (let k = 0; k < size; k++) pageEnds[k] = ends[at + k]! - base;
    pages.push({ chars: chars.subarray(base, end), ends: pageEnds });
    at += size;
    base = end;
  }
  if (at !== ends.length) throw new SnapshotError(`${name} malformed`);
  return pages;
}

const decode = (chars: Uint16Array): string => {
  let out = '';
  for (let i = 0; i < chars.length; i += 4_096) out += String.fromCharCode(...chars.subarray(i, i + 4_096));
  return out;
};

/**
 * Strings by small integer id, as UTF-16 in typed arrays: two bytes a character
 * and four an id, where a JS string costs a header of 16–24 bytes plus a slot
 * in an array or map. Written mostly in id order; an empty string is "none".
 */
export class PagedStrings {
  private readonly pages: Page[] = [];

  /** One past the highest id with a slot. */
  get size(): number {
    const last = this.pages.length - 1;
    return last < 0 ? 0 : last * STRINGS_PAGE + this.pages[last]!.filled;
  }

  get(id: number): string {
    const page = this.pages[Math.floor(id / STRINGS_PAGE)];
    const slot = id % STRINGS_PAGE;
    if (!page || slot >= page.filled) return '';
    return decode(page.chars.subarray(slot === 0 ? 0 : page.ends[slot - 1]!, page.ends[slot]!));
  }

  /** Whether the string of `id` is `s`, without building it. */
  equals(id: number, s: string): boolean {
    const page = this.pages[Math.floor(id / STRINGS_PAGE)];
    const slot = id % STRINGS_PAGE;
    if (!page || slot >= page.filled) return s.length === 0;
    const start = slot === 0 ? 0 : page.ends[slot - 1]!;
    if (page.ends[slot]! - start !== s.length) return false;
    for (let i = 0; i < s.length; i++) if (page.chars[start + i] !== s.charCodeAt(i)) return false;
    return true;
  }

  equalsChars(id: number, chars: Uint16Array): boolean {
    const page = this.pages[Math.floor(id / STRINGS_PAGE)]!;
    const slot = id % STRINGS_PAGE;
    const start = slot === 0 ? 0 : page.ends[slot - 1]!;
    if (page.ends[slot]! - start !== chars.length) return false;
    for (let i = 0; i < chars.length; i++) if (page.chars[start + i] !== chars[i]) return false;
    return true;
  }

  /** Calls `visit` with each id's characters (a view valid during the call). */
  forEachChars(visit: (id: number, chars: Uint16Array) => void): void {
    this.pages.forEach((page, p) => {
      for (let slot = 0; slot < page.filled; slot++)
        visit(p * STRINGS_PAGE + slot, page.chars.subarray(slot === 0 ? 0 : page.ends[slot - 1]!, page.ends[slot]!));
    });
  }

  set(id: number, s: string): void {
    const p = Math.floor(id / STRINGS_PAGE);
    while (this.pages.length <= p) this.pages.push({ chars: new Uint16Array(256), used: 0, ends: new Int32Array(STRINGS_PAGE), filled: 0 });
    const page = this.pages[p]!;
    const slot = id % STRINGS_PAGE;
    if (slot < page.filled) return this.replace(page, slot, s);
    for (; page.filled < slot; page.filled++) page.ends[page.filled] = page.used;
    if (page.used + s.length > page.chars.length) {
      const chars = new Uint16Array(Math.max(page.chars.length * 2, page.used + s.length));
      chars.set(page.chars.subarray(0, page.used));
      page.chars = chars;
    }
    for (let i = 0; i < s.length; i++) page.chars[page.used + i] = s.charCodeAt(i);
    page.used += s.length;
    page.ends[slot] = page.used;
    page.filled = slot + 1;
  }

  /** Rare: a slot written out of order. Rebuilds its page. */
  private replace(page: Page, slot: number, s: string): void {
    const strings = Array.from({ length: page.filled }, (_, k) =>
      k === slot ? s : decode(page.chars.subarray(k === 0 ? 0 : page.ends[k - 1]!, page.ends[k]!)),
    );
    const filled = page.filled;
    page.used = 0;
    page.filled = 0;
    const base = this.pages.indexOf(page) * STRINGS_PAGE;
    strings.forEach((value, k) => this.set(base + k, value));
    page.filled = filled;
  }

  /** Page `p` as stored. */
  page(p: number): StringsPage {
    const page = this.pages[p];
    if (!page) return { chars: new Uint16Array(0), ends: new Int32Array(0) };
    return { chars: page.chars.slice(0, page.used), ends: page.ends.slice(0, page.filled) };
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /** Appends a stored page; throws SnapshotError unless it is well formed. */
  loadPage(p: number, { chars, ends }: StringsPage): void {
    if (p !== this.pages.length) throw new SnapshotError(`strings page ${p} out of order`);
    if (!(chars instanceof Uint16Array) || !(ends instanceof Int32Array) || ends.length > STRINGS_PAGE)
      throw new SnapshotError(`strings page ${p} malformed`);
    for (let k = 0, last = 0; k < ends.length; last = ends[k++]!)
      if (ends[k]! < last || ends[k]! > chars.length) throw new SnapshotError(`strings page ${p} malformed`);
    const full = new Int32Array(STRINGS_PAGE);
    full.set(ends);
    this.pages.push({ chars, used: ends.length > 0 ? ends[ends.length - 1]! : 0, ends: full, filled: ends.length });
  }
}

/** FNV-1a over UTF-16 code units: the same for a string and for its stored characters. */
export function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function hashChars(chars: Uint16Array): number {
  let h = 2166136261;
  for (let i = 0; i < chars.length; i++) h = Math.imul(h ^ chars[i]!, 16777619);
  return h >>> 0;
}

/**
 * Distinct strings with ids in order of arrival, found by an open-addressing
 * table over their characters. After stored pages are loaded the table is built
 * at the first lookup: a restarted worker that only answers the popup never needs it.
 */
export class Interner {
  readonly strings = new PagedStrings();
  private table = new Int32Array(2_048);
  /** Loaded pages not in the table yet. */
  private unindexed = false;
  private count = 0;

  get size(): number {
    return this.count;
  }

  idOf(s: string): number | undefined {
    if (this.unindexed) this.indexLoaded();
    const mask = this.table.length - 1;
    for (let at = hashString(s) & mask; ; at = (at + 1) & mask) {
      const entry = this.table[at]!;
      if (entry === 0) return undefined;
      if (this.strings.equals(entry - 1, s)) return entry - 1;
    }
  }

  /** The id of `s`, given the next one if it has none. */
  intern(s: string): number {
    const known = this.idOf(s);
    if (known !== undefined) return known;
    const id = this.count++;
    this.strings.set(id, s);
    this.place(hashString(s), id);
    return id;
  }

  get(id: number): string {
    return this.strings.get(id);
  }

  private place(hash: number, id: number): void {
    if (this.count * 2 > this.table.length) return this.rehash(this.table.length * 2);
    const mask = this.table.length - 1;
    let at = hash & mask;
    while (this.table[at] !== 0) at = (at + 1) & mask;
    this.table[at] = id + 1;
  }

  /**
   * Rebuilds the table. Two ids holding the same string (only a damaged store
   * could have them) do no harm: lookups find the first.
   */
  private rehash(capacity: number): void {
    this.table = new Int32Array(capacity);
    const mask = capacity - 1;
    this.strings.forEachChars((id, chars) => {
      if (id >= this.count) return;
      let at = hashChars(chars) & mask;
      while (this.table[at] !== 0) at = (at + 1) & mask;
      this.table[at] = id + 1;
    });
  }

  /** Appends a stored page of strings, to be indexed at the next lookup. */
  loadPage(p: number, page: StringsPage): void {
    this.strings.loadPage(p, page);
    this.count = this.strings.size;
    this.unindexed = true;
  }

  private indexLoaded(): void {
    let capacity = 2_048;
    while (capacity < this.count * 2) capacity *= 2;
    this.rehash(capacity);
    this.unindexed = false;
  }
}
