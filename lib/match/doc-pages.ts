import type { PackedDoc } from './packed';

/**
 * Articles per page. A page holds the packed articles whose ids fall in one
 * range, back to back in a single Int32Array: the index keeps them so in memory,
 * so a save copies one small page, and stores them by groups of pages.
 */
export const PAGE_SIZE = 64;
/** A record: id, outlet, day, lang, data length, then the data (see packed.ts). */
export const FIELDS = 5;

interface Page {
  records: Int32Array;
  /** Offset + 1 of each id's record in `records`; 0 when the page lacks it. */
  at: Int32Array;
}

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export const pageOf = (id: number) => Math.floor(id / PAGE_SIZE);

/**
 * Pages stored together as one row: a worker restart reads about a hundred
 * values of a few hundred kilobytes at 50k articles, not eight hundred small
 * ones; a save rewrites one of them.
 */
export const PAGES_PER_GROUP = 8;
export const groupOf = (id: number) => Math.floor(pageOf(id) / PAGES_PER_GROUP);

/** Finds every record of a page, checking that each lies inside it and belongs to it. */
function indexPage(page: number, records: Int32Array): Int32Array {
  const at = new Int32Array(PAGE_SIZE);
  for (let o = 0; o < records.length;) {
    const id = records[o]!;
    const length = records[o + 4]!;
    const end = o + FIELDS + length;
    if (pageOf(id) !== page || length < 8 || end > records.length || at[id - page * PAGE_SIZE] !== 0)
      throw new SnapshotError(`page ${page}: bad record at ${o}`);
    let sections = 0;
    for (let s = 0; s < 8; s++) sections += records[o + FIELDS + s]!;
    if (sections + 8 !== length) throw new SnapshotError(`page ${page}: record of ${id} has bad sections`);
    at[id - page * PAGE_SIZE] = o + 1;
    o = end;
  }
  return at;
}

/**
 * Records of several pages back to back, in page order, split by page (each
 * page's still to be checked by `loadPage`). Throws SnapshotError, naming
 * `where`, when a record overruns or a page comes out of order.
 */
export function splitPages(records: Int32Array, where: string): { page: number; records: Int32Array }[] {
  const pages: { page: number; records: Int32Array }[] = [];
  for (let start = 0; start < records.length;) {
    const page = pageOf(records[start]!);
    if (pages.length > 0 && page <= pages[pages.length - 1]!.page) throw new SnapshotError(`${where}: page ${page} out of place`);
    let end = start;
    while (end < records.length && pageOf(records[end]!) === page) {
      const length = records[end + 4]!;
      if (!(length >= 8) || end + FIELDS + length > records.length) throw new SnapshotError(`${where}: bad record at ${end}`);
      end += FIELDS + length;
    }
    pages.push({ page, records: records.subarray(start, end) });
    start = end;
  }
  return pages;
}

/** Per id: stored (1) or not (0), outlet, day, lang — see `header`. */
const HEADER_SLOTS = 4;

/** The stored articles, packed, in pages by id. */
export class DocPages {
  private readonly pages = new Map<number, Page>();
  /**
   * Every stored article's header again, side by side by id (ids are the
   * database's auto-increment keys, so dense): the candidate search reads it for
   * ~18k ids a save at 50k stored, and reading it from the pages — a Map lookup
   * and a cache miss each — was most of that search's time.
   */
  private headers = new Int32Array(HEADER_SLOTS * 1024);
  private count = 0;
  /** Pages changed since `takeDirty`. */
  private dirty = new Set<number>();

  get size(): number {
    return this.count;
  }

  private offset(id: number): [Int32Array, number] | undefined {
    if (!Number.isInteger(id) || id < 0) return undefined;
    const page = this.pages.get(pageOf(id));
    const at = page ? page.at[id % PAGE_SIZE]! - 1 : -1;
    return at >= 0 ? [page!.records, at] : undefined;
  }

  has(id: number): boolean {
    return this.offset(id) !== undefined;
  }

  /** A view of the stored article (valid as long as the caller holds it, whatever changes later). */
  get(id: number): PackedDoc | undefined {
    const found = this.offset(id);
    if (!found) return undefined;
    const [r, o] = found;
    return { id, outlet: r[o + 1]!, day: r[o + 2]!, lang: r[o + 3]!, data: r.subarray(o + FIELDS, o + FIELDS + r[o + 4]!) };
  }

  /**
   * Outlet, day and language written into `out`, without allocating: the
   * candidate filter reads these for thousands of ids per save. False if absent.
   */
  header(id: number, out: { outlet: number; day: number; lang: number }): boolean {
    const at = id * HEADER_SLOTS;
    if (!(at >= 0 && at < this.headers.length && this.headers[at] === 1)) return false;
    out.outlet = this.headers[at + 1]!;
    out.day = this.headers[at + 2]!;
    out.lang = this.headers[at + 3]!;
    return true;
  }

  private setHeader(records: Int32Array, o: number): void {
    const at = records[o]! * HEADER_SLOTS;
    if (at >= this.headers.length) {
      const headers = new Int32Array(Math.max(at + HEADER_SLOTS, this.headers.length * 2));
      headers.set(this.headers);
      this.headers = headers;
    }
    this.headers.set([1, records[o + 1]!, records[o + 2]!, records[o + 3]!], at);
  }

  /** Stores `doc`, replacing any earlier record of its id. */
  set(doc: PackedDoc): void {
    if (!Number.isInteger(doc.id) || doc.id < 0) throw new RangeError(`article id ${doc.id} is not a non-negative integer`);
    this.delete(doc.id);
    const n = pageOf(doc.id);
    const old = this.pages.get(n)?.records ?? new Int32Array(0);
    const records = new Int32Array(old.length + FIELDS + doc.data.length);
    records.set(old);
    records.set([doc.id, doc.outlet, doc.day, doc.lang, doc.data.length], old.length);
    records.set(doc.data, old.length + FIELDS);
    this.pages.set(n, { records, at: indexPage(n, records) });
    this.setHeader(records, old.length);
    this.count++;
    this.dirty.add(n);
  }

  /** Forgets an article; the view returned stays readable. */
  delete(id: number): PackedDoc | undefined {
    const doc = this.get(id);
    if (!doc) return undefined;
    const n = pageOf(id);
    const { records, at: offsets } = this.pages.get(n)!;
    const at = offsets[id % PAGE_SIZE]! - 1;
    const end = at + FIELDS + doc.data.length;
    const kept = new Int32Array(records.length - (end - at));
    kept.set(records.subarray(0, at));
    kept.set(records.subarray(end), at);
    if (kept.length === 0) this.pages.delete(n);
    else this.pages.set(n, { records: kept, at: indexPage(n, kept) });
    this.headers[id * HEADER_SLOTS] = 0;
    this.count--;
    this.dirty.add(n);
    return doc;
  }

  *ids(): IterableIterator<number> {
    for (const n of [...this.pages.keys()].sort((a, b) => a - b)) {
      const { at } = this.pages.get(n)!;
      for (let i = 0; i < PAGE_SIZE; i++) if (at[i]! > 0) yield n * PAGE_SIZE + i;
    }
  }

  /**
   * Calls `visit` with each stored article's record — the page's records and the
   * record's offset in them — in id order, making no view or object per article.
   */
  forEachRecord(visit: (records: Int32Array, at: number) => void): void {
    for (const n of this.pageNumbers()) {
      const { records, at } = this.pages.get(n)!;
      for (let i = 0; i < PAGE_SIZE; i++) if (at[i]! > 0) visit(records, at[i]! - 1);
    }
  }

  /** The highest stored id; undefined when none is stored. */
  lastId(): number | undefined {
    const pages = this.pageNumbers();
    const last = pages[pages.length - 1];
    if (last === undefined) return undefined;
    const { at } = this.pages.get(last)!;
    for (let i = PAGE_SIZE - 1; ; i--) if (at[i]! > 0) return last * PAGE_SIZE + i;
  }

  pageNumbers(): number[] {
    return [...this.pages.keys()].sort((a, b) => a - b);
  }

  /** A page's records as stored; empty when it holds no article. */
  records(page: number): Int32Array {
    return this.pages.get(page)?.records ?? new Int32Array(0);
  }

  /** How many articles a page holds. */
  countIn(page: number): number {
    const at = this.pages.get(page)?.at;
    let n = 0;
    if (at) for (let i = 0; i < PAGE_SIZE; i++) if (at[i]! > 0) n++;
    return n;
  }

  /** The groups holding at least one article, in order. */
  groupNumbers(): number[] {
    return [...new Set(this.pageNumbers().map((page) => Math.floor(page / PAGES_PER_GROUP)))];
  }

  /** A group's records as stored: its pages' back to back, in page order; empty when it holds no article. */
  groupRecords(group: number): Int32Array {
    const pages = Array.from({ length: PAGES_PER_GROUP }, (_, k) => this.records(group * PAGES_PER_GROUP + k));
    const records = new Int32Array(pages.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const page of pages) {
      records.set(page, at);
      at += page.length;
    }
    return records;
  }

  /** Puts a stored group back, page by page; throws SnapshotError on anything malformed. */
  loadGroup(group: number, records: Int32Array): void {
    if (!(records instanceof Int32Array)) throw new SnapshotError(`group ${group} malformed`);
    for (const { page, records: pageRecords } of splitPages(records, `group ${group}`)) {
      if (Math.floor(page / PAGES_PER_GROUP) !== group) throw new SnapshotError(`group ${group}: page ${page} out of place`);
      this.loadPage(page, pageRecords);
    }
  }

  /** The pages changed since the last call, and forgets them. */
  takeDirty(): number[] {
    const dirty = [...this.dirty].sort((a, b) => a - b);
    this.dirty = new Set();
    return dirty;
  }

  /** Puts a stored page back, checking every record; throws SnapshotError on anything malformed. */
  loadPage(page: number, records: Int32Array): void {
    if (this.pages.has(page)) throw new SnapshotError(`page ${page} twice`);
    const at = indexPage(page, records);
    if (records.length === 0) return;
    this.pages.set(page, { records, at });
    for (let i = 0; i < PAGE_SIZE; i++)
      if (at[i]! > 0) {
        this.setHeader(records, at[i]! - 1);
        this.count++;
      }
  }
}
