import { PAGES_PER_GROUP, PAGE_SIZE, SnapshotError, groupOf } from './doc-pages';
import { EventClusters } from './events';
import type { Background } from './idf';
import { STRINGS_PAGE, joinPages, splitGroup, type StringsGroup } from './paged-strings';
import type { Matcher } from './matcher';
import { SECTIONS, offsets } from './packed';
import type { Match } from './types';

export { SnapshotError };

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
 * - `state:<n>`: the same articles' events (id, event pairs) and match lists (JSON, of those that have one).
 *
 * A save rewrites only the rows it changed. Bump INDEX_FORMAT whenever any of
 * these layouts or packed.ts's layout changes: a stored index of another format
 * is rebuilt once from the stored analyses.
 */
export const INDEX_FORMAT = 2;
/** Vocabulary pages per `terms` row. */
const TERM_PAGES = 16;
const TERMS_ROW = TERM_PAGES * STRINGS_PAGE;
const GROUP_SIZE = PAGES_PER_GROUP * PAGE_SIZE;

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
  terms: StringsGroup;
  prior: Float32Array;
  names: StringsGroup;
}
export interface DocsRow {
  key: `docs:${number}`;
  records: Int32Array;
}
export interface StateRow {
  key: `state:${number}`;
  /** Article id, event, article id, event, … in id order. */
  events: Int32Array;
  /** JSON of [article id, matches][] of the articles that have matches. */
  matches: string;
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
    const rows: IndexRow[] = [this.meta()];
    for (let group = 0; group * TERMS_ROW < idf.vocabularySize; group++) rows.push(this.termsRow(group));
    for (const group of index.docs.groupNumbers()) rows.push(this.docsRow(group), this.stateRow(group));
    this.writtenTerms = idf.vocabularySize;
    index.docs.takeDirty();
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
    const termGroups = new Set<number>();
    for (let id = this.writtenTerms; id < idf.vocabularySize; id++) termGroups.add(Math.floor(id / TERMS_ROW));
    for (const id of index.takeNamed()) termGroups.add(Math.floor(id / TERMS_ROW));
    for (const group of [...termGroups].sort(byNumber)) put.push(this.termsRow(group));
    this.writtenTerms = idf.vocabularySize;

    const docGroups = new Set(index.docs.takeDirty().map((page) => Math.floor(page / PAGES_PER_GROUP)));
    const stateGroups = new Set([...docGroups, ...[...articles, ...this.matcher.neighbours.takeChanged()].map(groupOf)]);
    for (const group of [...docGroups].sort(byNumber)) {
      const row = this.docsRow(group);
      if (row.records.length > 0) put.push(row);
      else remove.push(row.key);
    }
    for (const group of [...stateGroups].sort(byNumber)) {
      const row = this.stateRow(group);
      if (row.events.length > 0) put.push(row);
      else remove.push(row.key);
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

  private termsRow(group: number): TermsRow {
    const pages = Array.from({ length: TERM_PAGES }, (_, k) => group * TERM_PAGES + k).filter(
      (page) => page * STRINGS_PAGE < this.matcher.idf.vocabularySize,
    );
    const terms = pages.map((page) => this.matcher.idf.termsPage(page));
    const prior = new Float32Array(terms.reduce((n, page) => n + page.prior.length, 0));
    terms.reduce((at, page) => (prior.set(page.prior, at), at + page.prior.length), 0);
    return {
      key: `terms:${group}`,
      terms: joinPages(terms),
      prior,
      names: joinPages(pages.map((page) => this.matcher.index.namesPage(page))),
    };
  }

  private docsRow(group: number): DocsRow {
    return { key: `docs:${group}`, records: this.matcher.index.docs.groupRecords(group) };
  }

  private stateRow(group: number): StateRow {
    const events: number[] = [];
    const matches: [number, Match[]][] = [];
    for (let id = group * GROUP_SIZE; id < (group + 1) * GROUP_SIZE; id++) {
      if (!this.matcher.index.docs.has(id)) continue;
      events.push(id, this.matcher.event(id)!);
      const list = this.matcher.neighbours.get(id);
      if (list && list.length > 0) matches.push([id, list]);
    }
    return { key: `state:${group}`, events: Int32Array.from(events), matches: JSON.stringify(matches) };
  }
}

const byNumber = (a: number, b: number) => a - b;

function parsed<T>(json: string, key: string): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    throw new SnapshotError(`${key} is not readable`);
  }
}

/** The rows of one kind, by number, checked to run 0, 1, 2, … when `dense`. */
function rowsOf<R extends IndexRow>(rows: readonly IndexRow[], kind: string, dense: boolean): [number, R][] {
  const pattern = new RegExp(`^${kind}:(\\d+)$`);
  const found = rows.flatMap((row) => {
    const match = pattern.exec(row.key);
    return match ? [[Number(match[1]), row as R] as [number, R]] : [];
  });
  found.sort((a, b) => a[0] - b[0]);
  if (dense)
    found.forEach(([n], i) => {
      if (n !== i) throw new SnapshotError(`${kind} row ${i} missing`);
    });
  return found;
}

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

  loadVocabulary(matcher, rowsOf<TermsRow>(rows, 'terms', true), meta.terms);
  index.restoreOutlets(meta.outlets);
  for (const [n, row] of rowsOf<DocsRow>(rows, 'docs', false)) index.docs.loadGroup(n, row.records);
  checkArticles([...index.docs.ids()], articleIds);
  indexArticles(matcher, meta);

  const assignments: [number, number][] = [];
  for (const [, row] of rowsOf<StateRow>(rows, 'state', false)) {
    const { events, matches } = row;
    if (!(events instanceof Int32Array) || events.length % 2 !== 0) throw new SnapshotError(`${row.key} malformed`);
    for (let i = 0; i + 1 < events.length; i += 2) assignments.push([events[i]!, events[i + 1]!]);
    for (const [id, list] of parsed<[number, Match[]][]>(matches, row.key)) {
      if (!index.docs.has(id)) throw new SnapshotError(`matches of ${id}, which the index lacks`);
      matcher.neighbours.set(id, list);
    }
  }
  // One event per article, in id order, as the writer lists them.
  if (assignments.length !== index.size) throw new SnapshotError(`${index.size} articles, ${assignments.length} stored events`);
  for (let i = 0; i < assignments.length; i++) {
    const id = assignments[i]![0];
    if (!index.docs.has(id) || (i > 0 && id <= assignments[i - 1]![0])) throw new SnapshotError(`a stored event of ${id} out of place`);
  }
  matcher.clusters = EventClusters.fromAssignments(assignments, apart);
}

function loadVocabulary({ idf, index }: Matcher, rows: [number, TermsRow][], size: number): void {
  for (const [group, row] of rows) {
    const terms = splitGroup(row.terms, row.key);
    const names = splitGroup(row.names, row.key);
    if (!(row.prior instanceof Float32Array) || names.length !== terms.length) throw new SnapshotError(`${row.key} malformed`);
    let at = 0;
    terms.forEach((page, k) => {
      const p = group * TERM_PAGES + k;
      if (p * STRINGS_PAGE !== idf.vocabularySize) throw new SnapshotError(`vocabulary page ${p} is short`);
      idf.restoreTermsPage(p, { ...page, prior: row.prior.subarray(at, at + page.ends.length) });
      index.restoreNamesPage(p, names[k]!);
      at += page.ends.length;
    });
  }
  if (idf.vocabularySize !== size) throw new SnapshotError(`stored vocabulary has ${idf.vocabularySize} terms, not ${size}`);
}

/** The index must hold exactly the articles of the stored coverage: both lists in id order, compared side by side. */
function checkArticles(indexed: readonly number[], stored: readonly number[]): void {
  const expected = Float64Array.from(stored).sort();
  if (expected.length !== indexed.length)
    throw new SnapshotError(`the index has ${indexed.length} articles, the coverage ${expected.length}`);
  for (let i = 0; i < expected.length; i++)
    if (expected[i] !== indexed[i]) throw new SnapshotError(`article ${indexed[i]} is in the index, ${expected[i]} in the coverage`);
}

const AT = Object.fromEntries(SECTIONS.map((name, i) => [name, i])) as Record<(typeof SECTIONS)[number], number>;

/**
 * Vocabulary ids in a packed article: the section, the shift that uncovers the
 * id, whether it counts for document frequencies, whether the article is listed under it.
 */
const TERM_SECTIONS = [
  [AT.title, 0, false, false],
  [AT.head, 6, true, true],
  [AT.body, 6, true, false],
  [AT.entities, 7, true, true],
  [AT.numbers, 0, true, false],
  [AT.wire, 0, false, false],
] as const;
/** The keys of indexKeys(), in its order. */
const KEY_SECTIONS = [
  [AT.head, 6],
  [AT.entities, 7],
] as const;

/**
 * Counts document frequencies and lists every article under its keys, from the
 * packed articles as they lie: no object or set per article. Checks that every
 * vocabulary id an article names exists (a page from another vocabulary is refused).
 */
function indexArticles({ index, idf }: Matcher, meta: IndexMeta): void {
  const terms = meta.terms;
  const docs = [...index.docs.ids()].map((id) => index.docs.get(id)!);
  const counts = new Int32Array(terms);
  const lengths = new Int32Array(terms);
  // The last article each id was counted for and listed under, so that each happens once
  // per article, as with countedIds() and indexKeys().
  const counted = new Int32Array(terms).fill(-1);
  const listed = new Int32Array(terms).fill(-1);
  docs.forEach((doc, n) => {
    if (doc.outlet < 0 || doc.outlet >= meta.outlets.length || doc.lang < 0 || doc.lang >= terms)
      throw new SnapshotError(`article ${doc.id}: bad header`);
    const at = offsets(doc);
    for (const [section, shift, isCounted, isKey] of TERM_SECTIONS)
      for (let i = at[section]!; i < at[section + 1]!; i++) {
        const term = doc.data[i]! >>> shift;
        if (term >= terms) throw new SnapshotError(`article ${doc.id}: term ${term} outside the vocabulary`);
        if (isCounted && counted[term] !== n) {
          counted[term] = n;
          counts[term]!++;
        }
        if (isKey && listed[term] !== n) {
          listed[term] = n;
          lengths[term]!++;
        }
      }
  });
  idf.finishRestore(counts, docs.length);

  listed.fill(-1);
  index.postings.restore(lengths, (list) =>
    docs.forEach((doc, n) => {
      const at = offsets(doc);
      for (const [section, shift] of KEY_SECTIONS)
        for (let i = at[section]!; i < at[section + 1]!; i++) {
          const term = doc.data[i]! >>> shift;
          if (listed[term] === n) continue;
          listed[term] = n;
          list(term, doc.id);
        }
    }),
  );
}
