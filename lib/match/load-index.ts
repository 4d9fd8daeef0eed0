import { SnapshotError, type DocPages } from './doc-pages';
import { EventClusters } from './events';
import type { Background } from './idf';
import {
  INDEX_FORMAT,
  TERM_PAGES,
  backgroundKey,
  type CoverageExtent,
  type DocsRow,
  type IndexMeta,
  type IndexRow,
  type StateRow,
  type TermsRow,
} from './index-rows';
import type { Matcher } from './matcher';
import { SECTIONS, offsets } from './packed';
import { STRINGS_PAGE, splitGroup } from './paged-strings';
import type { Match } from './types';

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
 * are of another format, incomplete, inconsistent or not of the stored coverage's
 * extent: the caller then rebuilds from the stored analyses.
 */
export function loadIndex(
  matcher: Matcher,
  rows: readonly IndexRow[],
  coverage: CoverageExtent,
  apart: Iterable<[number, number]>,
  background: Background,
): void {
  const { index, idf } = matcher;
  if (index.size > 0 || idf.size > 0) throw new Error('loadIndex needs an empty matcher');
  const meta = rows.find((r): r is IndexMeta => r.key === 'meta');
  if (!meta) throw new SnapshotError('no stored index');
  if (meta.format !== INDEX_FORMAT) throw new SnapshotError(`stored index has format ${meta.format}, not ${INDEX_FORMAT}`);
  if (meta.background !== backgroundKey(background)) throw new SnapshotError('stored index has another background table');
  if (meta.articles !== coverage.count) throw new SnapshotError(`stored index has ${meta.articles} articles, coverage ${coverage.count}`);

  loadVocabulary(matcher, rowsOf<TermsRow>(rows, 'terms', true), meta.terms);
  index.restoreOutlets(meta.outlets);
  for (const [n, row] of rowsOf<DocsRow>(rows, 'docs', false)) index.docs.loadGroup(n, row.records);
  checkExtent(index.docs, coverage);
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

function checkExtent(docs: DocPages, { count, lastId }: CoverageExtent): void {
  if (docs.size !== count) throw new SnapshotError(`the index has ${docs.size} articles, the coverage ${count}`);
  const last = docs.lastId();
  if (last !== lastId) throw new SnapshotError(`the index ends at article ${last}, the coverage at ${lastId}`);
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
