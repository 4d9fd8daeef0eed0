import { PAGE_SIZE, SnapshotError, pageOf } from './doc-pages';
import { EventClusters } from './events';
import type { Background } from './idf';
import { STRINGS_PAGE } from './paged-strings';
import type { Matcher } from './matcher';
import { SECTIONS, offsets, type PackedDoc } from './packed';
import type { Postings } from './postings';
import type { Match } from './types';

export { SnapshotError };

/**
 * The matcher's index as stored rows, so that a restarted worker reads a few
 * hundred rows instead of one coverage record per article:
 *
 * - `meta`: format, article count, vocabulary size, outlet names;
 * - `terms:<n>`: 1,024 vocabulary terms, their background priors and their entities'
 *   display names, as UTF-16 characters and end offsets;
 * - `docs:<n>`: the packed articles of one id range, exactly as the index holds them;
 * - `state:<n>`: the same articles' events and match lists (JSON).
 *
 * A save rewrites only the rows it changed. Bump INDEX_FORMAT whenever any of
 * these layouts or packed.ts's layout changes: a stored index of another format
 * is rebuilt once from the stored analyses.
 */
export const INDEX_FORMAT = 1;

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
  key: `terms:${number}`;
  chars: Uint16Array;
  ends: Int32Array;
  prior: Float32Array;
  nameChars: Uint16Array;
  nameEnds: Int32Array;
}
export interface DocsRow {
  key: `docs:${number}`;
  records: Int32Array;
}
export interface StateRow {
  key: `state:${number}`;
  /** JSON of [article id, event, matches][]. */
  json: string;
}
export type IndexRow = IndexMeta | TermsRow | DocsRow | StateRow;

/** What to write so the stored index follows the matcher: rows to put, keys to delete. */
export interface IndexChanges {
  put: IndexRow[];
  remove: string[];
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

/** Records the rows of a matcher's index, all at once or as changes since the last call. */
export class IndexWriter {
  private writtenTerms = 0;
  private readonly background: string;

  constructor(
    private readonly matcher: Matcher,
    background: Background,
  ) {
    this.background = backgroundKey(background);
    // Whatever is in the matcher already is what the caller restored or is about to write whole.
    this.matcher.index.docs.takeDirty();
    this.matcher.index.takeNamed();
    this.matcher.neighbours.takeChanged();
    this.writtenTerms = this.matcher.idf.vocabularySize;
  }

  /** Every row: after a rebuild, to replace whatever was stored. */
  all(): IndexRow[] {
    const { index, idf } = this.matcher;
    const docs = index.docs;
    const rows: IndexRow[] = [this.meta()];
    for (let page = 0; page * STRINGS_PAGE < idf.vocabularySize; page++) rows.push(this.termsRow(page));
    for (const page of docs.pageNumbers()) rows.push({ key: `docs:${page}`, records: docs.records(page) }, this.stateRow(page));
    this.writtenTerms = idf.vocabularySize;
    docs.takeDirty();
    index.takeNamed();
    this.matcher.neighbours.takeChanged();
    return rows;
  }

  /**
   * The rows changed since the last call. `articles` are those whose event may
   * have changed (the matcher tracks its own match lists and pages).
   */
  changes(articles: Iterable<number>): IndexChanges {
    const { index, idf } = this.matcher;
    const put: IndexRow[] = [this.meta()];
    const remove: string[] = [];
    const termPages = new Set<number>();
    for (let id = this.writtenTerms; id < idf.vocabularySize; id++) termPages.add(Math.floor(id / STRINGS_PAGE));
    for (const id of index.takeNamed()) termPages.add(Math.floor(id / STRINGS_PAGE));
    for (const page of [...termPages].sort((a, b) => a - b)) put.push(this.termsRow(page));
    this.writtenTerms = idf.vocabularySize;

    const docPages = index.docs.takeDirty();
    const statePages = new Set([...docPages, ...[...articles, ...this.matcher.neighbours.takeChanged()].map(pageOf)]);
    for (const page of docPages) {
      const records = index.docs.records(page);
      if (records.length > 0) put.push({ key: `docs:${page}`, records });
      else remove.push(`docs:${page}`);
    }
    for (const page of [...statePages].sort((a, b) => a - b)) {
      if (index.docs.records(page).length > 0) put.push(this.stateRow(page));
      else remove.push(`state:${page}`);
    }
    return { put, remove };
  }

  private meta(): IndexMeta {
    const { index, idf } = this.matcher;
    return {
      key: 'meta',
      format: INDEX_FORMAT,
      background: this.background,
      articles: index.size,
      terms: idf.vocabularySize,
      outlets: [...index.outlets()],
    };
  }

  private termsRow(page: number): TermsRow {
    const { chars, ends, prior } = this.matcher.idf.termsPage(page);
    const names = this.matcher.index.namesPage(page);
    return { key: `terms:${page}`, chars, ends, prior, nameChars: names.chars, nameEnds: names.ends };
  }

  private stateRow(page: number): StateRow {
    const state: [number, number, Match[]][] = [];
    for (let id = page * PAGE_SIZE; id < (page + 1) * PAGE_SIZE; id++) {
      if (!this.matcher.index.docs.has(id)) continue;
      state.push([id, this.matcher.event(id)!, this.matcher.neighbours.get(id) ?? []]);
    }
    return { key: `state:${page}`, json: JSON.stringify(state) };
  }
}

function parsed<T>(json: string, key: string): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    throw new SnapshotError(`${key} is not readable`);
  }
}

const numbered = (key: string, kind: string): number | undefined => {
  const match = new RegExp(`^${kind}:(\\d+)$`).exec(key);
  return match ? Number(match[1]) : undefined;
};

/**
 * Puts a stored index into an empty matcher. Throws SnapshotError when the rows
 * are of another format, incomplete, inconsistent or not of exactly `articleIds`
 * (the stored coverage): the caller then rebuilds from the stored analyses.
 */
export function loadIndex(
  matcher: Matcher,
  rows: readonly IndexRow[],
  articleIds: readonly number[],
  apart: Iterable<[number, number]>,
  background: Background,
): void {
  const { index, idf } = matcher;
  if (index.size > 0 || idf.size > 0) throw new Error('loadIndex needs an empty matcher');
  const meta = rows.find((r): r is IndexMeta => r.key === 'meta');
  if (!meta) throw new SnapshotError('no stored index');
  if (meta.format !== INDEX_FORMAT) throw new SnapshotError(`stored index has format ${meta.format}, not ${INDEX_FORMAT}`);
  if (meta.background !== backgroundKey(background)) throw new SnapshotError('stored index has another background table');
  if (meta.articles !== articleIds.length)
    throw new SnapshotError(`stored index has ${meta.articles} articles, coverage ${articleIds.length}`);

  const pages = (kind: string) =>
    rows.flatMap((r) => {
      const n = numbered(r.key, kind);
      return n === undefined ? [] : [[n, r] as const];
    });
  const termPages = pages('terms').sort((a, b) => a[0] - b[0]);
  for (const [i, [n, row]] of termPages.entries()) {
    if (n !== i) throw new SnapshotError(`terms page ${i} missing`);
    const { chars, ends, prior, nameChars, nameEnds } = row as TermsRow;
    if (i < termPages.length - 1 && ends?.length !== STRINGS_PAGE) throw new SnapshotError(`terms page ${i} is short`);
    idf.restoreTermsPage(n, { chars, ends, prior });
    index.restoreNamesPage(n, { chars: nameChars, ends: nameEnds });
  }
  if (idf.vocabularySize !== meta.terms) throw new SnapshotError(`stored vocabulary has ${idf.vocabularySize} terms, not ${meta.terms}`);
  index.restoreOutlets(meta.outlets);

  for (const [n, row] of pages('docs')) index.docs.loadPage(n, (row as DocsRow).records);
  const expected = new Set(articleIds);
  const counts = new Int32Array(meta.terms);
  const seen = new Int32Array(meta.terms).fill(-1);
  let docs = 0;
  for (const id of index.docs.ids()) {
    if (!expected.delete(id)) throw new SnapshotError(`article ${id} is in the index but not in the coverage`);
    const doc = index.docs.get(id)!;
    indexStored(doc, meta.terms, meta.outlets.length, counts, seen, docs++, index.postings);
  }
  if (expected.size > 0) throw new SnapshotError(`${expected.size} articles of the coverage are not in the index`);
  idf.finishRestore(counts, docs);

  const assignments: [number, number][] = [];
  for (const [, row] of pages('state')) {
    for (const [id, event, matches] of parsed<[number, number, Match[]][]>((row as StateRow).json, row.key)) {
      if (!index.docs.has(id)) throw new SnapshotError(`state of ${id}, which the index lacks`);
      assignments.push([id, event]);
      if (matches.length > 0) matcher.neighbours.set(id, matches);
    }
  }
  if (assignments.length !== docs) throw new SnapshotError(`${docs - assignments.length} articles without a stored event`);
  assignments.sort((a, b) => a[0] - b[0]);
  matcher.clusters = EventClusters.fromAssignments(assignments, apart);
}

const AT = Object.fromEntries(SECTIONS.map((name, i) => [name, i])) as Record<(typeof SECTIONS)[number], number>;

/**
 * One pass over a stored article: checks that every vocabulary id it names
 * exists (a page from another vocabulary is refused), counts its distinct
 * terms as countedIds() would (`seen` holds the last article each id was
 * counted for, instead of a Set per article), and lists it under its keys.
 */
function indexStored(
  doc: PackedDoc,
  terms: number,
  outlets: number,
  counts: Int32Array,
  seen: Int32Array,
  docNumber: number,
  postings: Postings,
): void {
  if (doc.outlet < 0 || doc.outlet >= outlets || doc.lang < 0 || doc.lang >= terms)
    throw new SnapshotError(`article ${doc.id}: bad header`);
  const { data, id } = doc;
  const at = offsets(doc);
  const visit = (section: number, shift: number, counted: boolean, key: boolean) => {
    for (let i = at[section]!; i < at[section + 1]!; i++) {
      const term = data[i]! >>> shift;
      if (term >= terms) throw new SnapshotError(`article ${id}: term ${term} outside the vocabulary`);
      if (key) postings.add(term, id);
      if (!counted || seen[term] === docNumber) continue;
      seen[term] = docNumber;
      counts[term]!++;
    }
  };
  visit(AT.title, 0, false, false);
  visit(AT.head, 6, true, true);
  visit(AT.body, 6, true, false);
  visit(AT.entities, 7, true, true);
  visit(AT.numbers, 0, true, false);
  visit(AT.wire, 0, false, false);
}
