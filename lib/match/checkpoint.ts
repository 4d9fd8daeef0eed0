import { PAGE_SIZE, SnapshotError, pageOf, type DocPages } from './doc-pages';
import type { PostingsRow } from './index-rows';
import type { Matcher } from './matcher';
import { countedIds } from './packed';
import { indexKeys } from './candidates';

/**
 * A checkpoint of the postings and document frequencies, stored so that a
 * restarted worker reads them instead of counting them over every article.
 * They change with every save (an article lists itself under ~40 keys spread
 * over the whole vocabulary), so they are stored as of a boundary that moves by
 * CHECKPOINT_PAGES pages: the articles after it (at most ~1,100) are indexed at
 * each restore, and the checkpoint (~19 MB at 50k articles) is rewritten once the
 * boundary moves — about once per 1,024 saves — or when an article before it
 * changes (a deletion, a re-read of an old article).
 */
export const CHECKPOINT_PAGES = 16;

/** Where a stored checkpoint ends: it holds the articles of the pages before `pages`. */
export interface Checkpoint {
  pages: number;
}

export const NO_CHECKPOINT: Checkpoint = { pages: 0 };

/** The boundary a checkpoint of these articles is taken at: the last whole run of CHECKPOINT_PAGES before the open end. */
export function checkpointPages(lastId: number | undefined): number {
  return lastId === undefined ? 0 : Math.floor(pageOf(lastId) / CHECKPOINT_PAGES) * CHECKPOINT_PAGES;
}

/**
 * FNV-1a over 32-bit values, in four interleaved lanes folded together at the
 * end: one chain of multiplications waits on each, four run side by side (the
 * restore hashes ~14M values at 50k articles).
 */
export function hashInts(arrays: readonly Int32Array[], seed = 2166136261): number {
  let [a, b, c, d] = [seed, seed ^ 1, seed ^ 2, seed ^ 3];
  for (const values of arrays) {
    const n = values.length;
    let i = 0;
    for (; i + 3 < n; i += 4) {
      a = Math.imul(a ^ values[i]!, 16777619);
      b = Math.imul(b ^ values[i + 1]!, 16777619);
      c = Math.imul(c ^ values[i + 2]!, 16777619);
      d = Math.imul(d ^ values[i + 3]!, 16777619);
    }
    for (; i < n; i++) a = Math.imul(a ^ values[i]!, 16777619);
    a = Math.imul(a ^ n, 16777619);
  }
  return Math.imul(Math.imul(Math.imul(a ^ b, 16777619) ^ c, 16777619) ^ d, 16777619) >>> 0;
}

/** How many articles the pages before `pages` hold, and the hash of their records, page after page. */
function recordsBefore(docs: DocPages, pages: number): { articles: number; recordsHash: number } {
  const before = docs.pageNumbers().filter((page) => page < pages);
  const articles = before.reduce((n, page) => n + docs.countIn(page), 0);
  return { articles, recordsHash: hashInts(before.map((page) => docs.records(page))) };
}

/** The checkpoint of a matcher's postings and document frequencies at `pages`. */
export function checkpointRow({ index, idf }: Matcher, pages: number): PostingsRow {
  const below = pages * PAGE_SIZE;
  const counts = idf.counts();
  for (const id of index.docs.ids()) if (id >= below) for (const term of countedIds(index.docs.get(id)!)) counts[term]!--;
  const { lengths, ids } = index.postings.listsBelow(counts.length, below);
  return { key: 'postings', pages, ...recordsBefore(index.docs, pages), counts, lengths, ids, hash: hashInts([counts, lengths, ids]) };
}

/**
 * Puts a stored checkpoint into a matcher holding the restored articles (none:
 * a checkpoint of no article) and indexes the articles after it. Throws
 * SnapshotError when it is damaged or was not taken of these articles.
 */
export function restoreCheckpoint({ index, idf }: Matcher, row: PostingsRow | undefined, terms: number): Checkpoint {
  if (row === undefined) {
    idf.finishRestore(new Int32Array(0), 0);
  } else {
    const { pages, counts, lengths, ids } = row;
    if (!(counts instanceof Int32Array && lengths instanceof Int32Array && ids instanceof Int32Array))
      throw new SnapshotError('postings malformed');
    if (!Number.isInteger(pages) || counts.length !== lengths.length || counts.length > terms)
      throw new SnapshotError('postings malformed');
    if (hashInts([counts, lengths, ids]) !== row.hash) throw new SnapshotError('postings damaged');
    const { articles, recordsHash } = recordsBefore(index.docs, pages);
    if (articles !== row.articles || recordsHash !== row.recordsHash) throw new SnapshotError('postings of other articles');
    const start = new Int32Array(lengths.length);
    let listed = 0;
    for (let key = 0; key < lengths.length; key++) {
      if (lengths[key]! < 0) throw new SnapshotError('postings malformed');
      start[key] = listed;
      listed += lengths[key]!;
    }
    if (listed !== ids.length) throw new SnapshotError('postings malformed');
    index.postings.restore({ ids, start, length: lengths });
    idf.finishRestore(counts, articles);
  }
  const below = (row?.pages ?? 0) * PAGE_SIZE;
  for (const id of index.docs.ids()) {
    if (id < below) continue;
    const doc = index.docs.get(id)!;
    idf.addIds(countedIds(doc));
    for (const key of indexKeys(doc)) index.postings.add(key, id);
  }
  return { pages: row?.pages ?? 0 };
}
