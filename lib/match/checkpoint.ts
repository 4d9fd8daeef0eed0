import type { Checkpoint, CheckpointExtent, StoredAmendments } from './amendments';
import { DocPages, FIELDS, PAGE_SIZE, SnapshotError, pageOf } from './doc-pages';
import type { PostingsRow } from './index-rows';
import type { Matcher } from './matcher';
import { countedIds, type PackedDoc } from './packed';
import { indexKeys } from './candidates';

/**
 * A checkpoint of the postings and document frequencies, stored so that a
 * restarted worker reads them instead of counting them over every article.
 * They change with every save (an article lists itself under ~40 keys spread
 * over the whole vocabulary), so they are stored as of a boundary that moves by
 * CHECKPOINT_PAGES pages: the articles after it (at most ~1,100) are indexed at
 * each restore, and the checkpoint (~19 MB at 50k articles) is rewritten once the
 * boundary moves — about once per 1,024 saves. A change to an article before
 * it (a deletion, a re-read of an old article) is stored as an amendment
 * beside it instead (see amendments.ts), up to a bound.
 */
export const CHECKPOINT_PAGES = 16;

/** The boundary a checkpoint of these articles is taken at: the last whole run of CHECKPOINT_PAGES before the open end. */
export function checkpointPages(lastId: number | undefined): number {
  return lastId === undefined ? 0 : Math.floor(pageOf(lastId) / CHECKPOINT_PAGES) * CHECKPOINT_PAGES;
}

/**
 * How many articles the pages before `pages` hold, and how long their records
 * are: a checkpoint is refused unless both are as when it was taken, once its
 * amended articles are put back as it holds them. (The writer keeps it exact:
 * a change to an article before the boundary writes the amendments or the
 * checkpoint in the same transaction. Hashing the ~10M values instead took
 * ~100 ms of a restore.)
 */
function extentBefore(docs: DocPages, pages: number): { articles: number; values: number } {
  let articles = 0;
  let values = 0;
  for (const page of docs.pageNumbers()) {
    if (page >= pages) break;
    articles += docs.countIn(page);
    values += docs.records(page).length;
  }
  return { articles, values };
}

/** The extent the checkpoint was taken of: the articles now, its amended ones as it holds them. */
function extentStoredAmendments(docs: DocPages, pages: number, { ids, before }: StoredAmendments): { articles: number; values: number } {
  let { articles, values } = extentBefore(docs, pages);
  for (const id of ids) {
    const now = docs.get(id);
    const then = before.get(id);
    if (now) {
      articles--;
      values -= FIELDS + now.data.length;
    }
    if (then) {
      articles++;
      values += FIELDS + then.data.length;
    }
  }
  return { articles, values };
}

/** Which checkpoint a row holds, with no amendment yet. */
export const checkpointOf = ({ pages, articles, values }: CheckpointExtent): Checkpoint => ({
  pages,
  articles,
  values,
  amended: new Map(),
});

/** The checkpoint of a matcher's postings and document frequencies at `pages`. */
export function checkpointRow({ index, idf }: Matcher, pages: number): PostingsRow {
  const below = pages * PAGE_SIZE;
  const counts = idf.counts();
  for (const doc of docsFrom(index.docs, pages)) for (const term of countedIds(doc)) counts[term]!--;
  const { lengths, ids } = index.postings.listsBelow(counts.length, below);
  return { key: 'postings', pages, ...extentBefore(index.docs, pages), counts, lengths, ids };
}

/** The stored articles of the pages from `pages` on, in id order. */
function* docsFrom(docs: DocPages, pages: number): Generator<PackedDoc> {
  for (const page of docs.pageNumbers())
    if (page >= pages) for (let id = page * PAGE_SIZE; id < (page + 1) * PAGE_SIZE; id++) if (docs.has(id)) yield docs.get(id)!;
}

/**
 * Puts a stored checkpoint and its amendments into a matcher holding the
 * restored articles (none: a checkpoint of no article) and indexes the articles
 * after it and the amended ones as they are now. Throws SnapshotError when they
 * are malformed or were not taken of these articles.
 */
export function restoreCheckpoint(
  { index, idf }: Matcher,
  row: PostingsRow | undefined,
  amendments: StoredAmendments | undefined,
  terms: number,
): Checkpoint {
  const pages = row?.pages ?? 0;
  const amended = amendments ?? {
    pages,
    articles: row?.articles ?? 0,
    values: row?.values ?? 0,
    ids: new Int32Array(0),
    before: new DocPages(),
  };
  if (row === undefined) {
    if (amendments) throw new SnapshotError('amendments of no checkpoint');
    idf.finishRestore(new Int32Array(0), 0);
  } else {
    const { counts, lengths, ids } = row;
    if (!(counts instanceof Int32Array && lengths instanceof Int32Array && ids instanceof Int32Array))
      throw new SnapshotError('postings malformed');
    if (!Number.isInteger(pages) || counts.length !== lengths.length || counts.length > terms)
      throw new SnapshotError('postings malformed');
    if (amended.pages !== pages || amended.articles !== row.articles || amended.values !== row.values)
      throw new SnapshotError('amendments of another checkpoint');
    const { articles, values } = extentStoredAmendments(index.docs, pages, amended);
    if (articles !== row.articles || values !== row.values) throw new SnapshotError('postings of other articles');
    const start = new Int32Array(lengths.length);
    let listed = 0;
    for (let key = 0; key < lengths.length; key++) {
      if (lengths[key]! < 0) throw new SnapshotError('postings malformed');
      start[key] = listed;
      listed += lengths[key]!;
    }
    if (listed !== ids.length) throw new SnapshotError('postings malformed');
    const below = pages * PAGE_SIZE;
    for (let i = 0; i < ids.length; i++) if (!(ids[i]! >= 0 && ids[i]! < below)) throw new SnapshotError('postings malformed');
    index.postings.restore({ ids, start, length: lengths });
    idf.finishRestore(counts, articles);
    // As the live matcher forgets an article: out of the counts and out of its lists, wherever it sits in them.
    for (const id of amended.before.ids()) {
      const then = amended.before.get(id)!;
      idf.removeIds(countedIds(then));
      for (const key of indexKeys(then)) index.postings.remove(key, id);
    }
  }
  index.postings.reserve(terms);
  const ids = [...amended.ids];
  for (const doc of [...ids.flatMap((id) => index.docs.get(id) ?? []), ...docsFrom(index.docs, pages)]) {
    idf.addIds(countedIds(doc));
    for (const key of indexKeys(doc)) index.postings.add(key, doc.id);
  }
  return { ...checkpointOf(amended), amended: new Map(ids.map((id) => [id, amended.before.get(id)])) };
}
