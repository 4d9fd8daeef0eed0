import { PAGES_PER_GROUP, PAGE_SIZE } from './doc-pages';
import type { Background } from './idf';
import { STRINGS_PAGE, type StringsGroup } from './paged-strings';

/**
 * The matcher's index as stored rows, so that a restarted worker reads a few
 * hundred values instead of one coverage record per article. IndexedDB reads a
 * few large typed arrays much faster than many small values or objects, so the
 * rows are grouped:
 *
 * - `meta`: format, article count, vocabulary size, outlet names;
 * - `terms:<n>`: 16,384 vocabulary terms, their background priors and their
 *   entities' display names, as UTF-16 characters and end offsets;
 * - `docs:<n>`: the packed articles of one id range (512 ids), exactly as the index holds them;
 * - `state:<n>`: the same articles' events (id, event pairs) and match lists (JSON, of those that
 *   have one, with its hash: a restart parses a group's lists only when one is needed).
 *
 * - `postings`: a checkpoint of the document frequencies and the article lists
 *   per key as of the articles of the pages before `pages` (see checkpoint.ts):
 *   a restart reads them instead of counting ~7.5M and listing ~3.7M term ids
 *   over every packed article (two thirds of a restore at 50k), and indexes only
 *   the articles after it;
 * - `postingsAmendments`: the articles before the checkpoint's boundary changed
 *   since it was taken, as it holds them (see amendments.ts): a deletion or a
 *   re-read of an old article rewrites this row of a few kilobytes, not the
 *   checkpoint.
 *
 * The open end — the vocabulary's last group and the article group holding the
 * highest id, where nearly every save writes — is stored page by page instead,
 * as `termsPage:<p>` (1,024 terms), `docsPage:<p>` and `statePage:<p>` (64 ids):
 * a save rewrites tens of kilobytes, not the ~1 MB of whole groups. The writer
 * stores a group whole once the end has moved past it.
 *
 * A save rewrites only the rows it changed. Bump INDEX_FORMAT whenever any of
 * these layouts or packed.ts's layout changes: a stored index of another format
 * is rebuilt once from the stored analyses.
 */
export const INDEX_FORMAT = 6;
/** Vocabulary pages per `terms` row. */
export const TERM_PAGES = 16;
export const TERMS_ROW = TERM_PAGES * STRINGS_PAGE;
export const GROUP_SIZE = PAGES_PER_GROUP * PAGE_SIZE;

export interface IndexMeta {
  key: 'meta';
  format: number;
  /** Which background table the vocabulary's priors came from. */
  background: string;
  articles: number;
  terms: number;
  outlets: string[];
}
export interface TermsRow {
  key: `terms:${number}` | `termsPage:${number}`;
  terms: StringsGroup;
  prior: Float32Array;
  names: StringsGroup;
}
export interface DocsRow {
  key: `docs:${number}` | `docsPage:${number}`;
  records: Int32Array;
}
export interface StateRow {
  key: `state:${number}` | `statePage:${number}`;
  /** Article id, event, article id, event, … in id order. */
  events: Int32Array;
  /** JSON of [article id, matches][] of the articles that have matches. */
  matches: string;
  /** hashString(matches): a restart parses the JSON only when first needed, so it is checked unparsed. */
  matchesHash: number;
}
export interface PostingsRow {
  key: 'postings';
  /** It counts and lists the stored articles of the pages before this one, and only them. */
  pages: number;
  /** How many articles those pages held, and how many values their records: a checkpoint of other articles is refused. */
  articles: number;
  values: number;
  /** Per vocabulary id, as many as the vocabulary had: its document frequency, and how many articles are listed under it. */
  counts: Int32Array;
  lengths: Int32Array;
  /** The listed articles, key after key. */
  ids: Int32Array;
}
export interface AmendmentsRow {
  key: 'postingsAmendments';
  /** The checkpoint amended, as its row names it: a row of another is refused. */
  pages: number;
  articles: number;
  values: number;
  /** The articles before its boundary changed since it was taken (deleted, read again or new), ascending. */
  ids: Int32Array;
  /** Of those, the ones it counts and lists, as it does: their records then, as a docs row holds records, in id order. */
  records: Int32Array;
}
export type IndexRow = IndexMeta | TermsRow | DocsRow | StateRow | PostingsRow | AmendmentsRow;

/**
 * What a restore checks the stored index against, read without a scan: the
 * highest id with coverage (undefined when none has). Not the count: Chromium's
 * IndexedDB counts by walking every record (~0.5 s at 50k). The repository keeps
 * the stronger rule — every write of the coverage either carries the index's
 * changes in its transaction or deletes the `meta` row — so this catches only
 * what slips past it (records written around the repository, as a seeded or
 * hand-edited store has).
 */
export interface CoverageExtent {
  lastId: number | undefined;
}

/** What to write so the stored index follows the matcher: rows to put, keys to delete. */
export interface IndexChanges {
  put: IndexRow[];
  remove: string[];
}

/** About how many bytes a row takes to store: its typed arrays' and strings' (two bytes a character). */
export function rowBytes(row: IndexRow): number {
  const size = (value: unknown): number => {
    if (ArrayBuffer.isView(value)) return value.byteLength;
    if (typeof value === 'string') return value.length * 2;
    if (typeof value === 'number') return 8;
    if (Array.isArray(value)) return value.reduce((n: number, v) => n + size(v), 0);
    if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + size(v), 0);
    return 0;
  };
  return size(row);
}

const backgroundKeys = new WeakMap<Background, string>();

/** Identifies a background table cheaply: a vocabulary's priors are only valid with the table they came from. */
export function backgroundKey(background: Background): string {
  const known = backgroundKeys.get(background);
  if (known !== undefined) return known;
  let sum = 0;
  let terms = 0;
  for (const term in background.df) {
    sum += background.df[term]!;
    terms++;
  }
  const key = `${background.docs}:${terms}:${sum}`;
  backgroundKeys.set(background, key);
  return key;
}
