import { DocPages, FIELDS, PAGE_SIZE, SnapshotError, splitPages } from './doc-pages';
import type { AmendmentsRow } from './index-rows';
import type { PackedDoc } from './packed';

/**
 * A checkpoint of the postings (see checkpoint.ts) counts and lists the
 * articles before its boundary as they were when it was taken. When one of them
 * changes — the reader deletes it, or reads its page again — the writer stores
 * what the checkpoint holds of it beside the checkpoint instead of taking it
 * again (~16 MB at 50k articles): a restore takes each such article out of the
 * checkpoint's counts and lists as it was, and indexes it as it is now.
 *
 * At most MAX_AMENDED articles are amended; one more retakes the checkpoint.
 * The row holds ~770 B per amended article (49 KB at the bound), so a change
 * writes tens of KB where it wrote the ~16 MB checkpoint, and the writer makes
 * it in 2–4 ms instead of ~170. A restore at 50k articles applies 64 of them in
 * less than its run-to-run noise (median 350 ms with 64, 353 with none; see
 * `npm run bench:checkpoint`); past some hundreds the row's rewrite on every
 * change would grow to hundreds of KB, and the lookups of each amended article
 * in its ~75 restored lists would start to show in a restore.
 */
export const MAX_AMENDED = 64;

/** Which checkpoint: its boundary (in pages) and the extent of the articles it was taken of. */
export interface CheckpointExtent {
  pages: number;
  articles: number;
  values: number;
}

/** A stored checkpoint, with its amendments: per changed article, as the checkpoint holds it (undefined: it holds none). */
export interface Checkpoint extends CheckpointExtent {
  amended: ReadonlyMap<number, PackedDoc | undefined>;
}

/** Amendments as a restore reads them: the amended ids, and the records the checkpoint holds of them. */
export interface StoredAmendments extends CheckpointExtent {
  ids: Int32Array;
  before: DocPages;
}

export const NO_CHECKPOINT: Checkpoint = { pages: 0, articles: 0, values: 0, amended: new Map() };

/** The changes the writer has seen to the articles before a checkpoint's boundary. */
export class Amendments {
  /** Per page before the boundary: its records as last looked at (pages are replaced, never changed in place). */
  private readonly seen = new Map<number, Int32Array>();
  private readonly amended: Map<number, PackedDoc | undefined>;

  constructor(
    docs: DocPages,
    readonly checkpoint: Checkpoint,
  ) {
    this.amended = new Map(checkpoint.amended);
    for (const page of docs.pageNumbers()) if (page < checkpoint.pages) this.seen.set(page, docs.records(page));
  }

  get size(): number {
    return this.amended.size;
  }

  /**
   * Notes the articles of these changed pages that now differ from what the
   * checkpoint holds. True when any was not amended yet: the row must be written.
   */
  note(docs: DocPages, pages: Iterable<number>): boolean {
    let added = false;
    for (const page of pages) {
      if (page >= this.checkpoint.pages) continue;
      const then = recordsById(this.seen.get(page));
      const now = recordsById(docs.records(page));
      for (const id of new Set([...then.keys(), ...now.keys()])) {
        if (this.amended.has(id)) continue;
        const was = then.get(id);
        const is = now.get(id);
        if (was && is && sameValues(was, is)) continue;
        this.amended.set(id, was && docOfRecord(was.slice()));
        added = true;
      }
      this.seen.set(page, docs.records(page));
    }
    return added;
  }

  row(): AmendmentsRow {
    const ids = [...this.amended.keys()].sort((a, b) => a - b);
    const docs = ids.flatMap((id) => this.amended.get(id) ?? []);
    const records = new Int32Array(docs.reduce((n, doc) => n + FIELDS + doc.data.length, 0));
    let at = 0;
    for (const { id, outlet, day, lang, data } of docs) {
      records.set([id, outlet, day, lang, data.length], at);
      records.set(data, at + FIELDS);
      at += FIELDS + data.length;
    }
    const { pages, articles, values } = this.checkpoint;
    return { key: 'postingsAmendments', pages, articles, values, ids: Int32Array.from(ids), records };
  }
}

/**
 * The stored amendments, checked for shape (the caller checks their records
 * against the vocabulary, and that they amend the checkpoint stored beside them).
 */
export function readAmendments(row: AmendmentsRow): StoredAmendments {
  const { pages, articles, values, ids, records } = row;
  if (!(ids instanceof Int32Array && records instanceof Int32Array) || ![pages, articles, values].every(Number.isInteger))
    throw new SnapshotError('amendments malformed');
  for (let i = 0; i < ids.length; i++)
    if (!(ids[i]! >= 0 && ids[i]! < pages * PAGE_SIZE) || (i > 0 && ids[i]! <= ids[i - 1]!))
      throw new SnapshotError('amendments malformed');
  const before = new DocPages();
  for (const { page, records: pageRecords } of splitPages(records, 'amendments')) before.loadPage(page, pageRecords);
  const listed = new Set(ids);
  for (const id of before.ids()) if (!listed.has(id)) throw new SnapshotError(`amendments: a record of ${id}, not amended`);
  return { pages, articles, values, ids, before };
}

/** The records of one page by article id (few: a page holds 64 articles). */
function recordsById(records: Int32Array = new Int32Array(0)): Map<number, Int32Array> {
  const byId = new Map<number, Int32Array>();
  for (let o = 0; o < records.length; o += FIELDS + records[o + 4]!)
    byId.set(records[o]!, records.subarray(o, o + FIELDS + records[o + 4]!));
  return byId;
}

function sameValues(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function docOfRecord(record: Int32Array): PackedDoc {
  return { id: record[0]!, outlet: record[1]!, day: record[2]!, lang: record[3]!, data: record.subarray(FIELDS) };
}
