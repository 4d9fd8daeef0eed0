import { readAmendments, type Checkpoint } from './amendments';
import { restoreCheckpoint } from './checkpoint';
import { FIELDS, PAGES_PER_GROUP, SnapshotError, type DocPages } from './doc-pages';
import { EventClusters } from './events';
import type { Background } from './idf';
import {
  INDEX_FORMAT,
  type AmendmentsRow,
  TERM_PAGES,
  backgroundKey,
  type CoverageExtent,
  type DocsRow,
  type IndexMeta,
  type IndexRow,
  type PostingsRow,
  type StateRow,
  type TermsRow,
} from './index-rows';
import type { Matcher } from './matcher';
import { SECTIONS } from './packed';
import { STRINGS_PAGE, hashString, splitGroup } from './paged-strings';

/**
 * The rows of one kind, whole groups (`<kind>:<group>`, `perGroup` pages each)
 * and single pages (`<kind>Page:<page>`) alike, by the first page each holds.
 */
function rowsByPage<R extends IndexRow>(rows: readonly IndexRow[], kind: string, perGroup: number): { page: number; row: R }[] {
  const pattern = new RegExp(`^${kind}(Page)?:(\\d+)$`);
  const found = rows.flatMap((row) => {
    const match = pattern.exec(row.key);
    return match ? [{ page: match[1] ? Number(match[2]) : Number(match[2]) * perGroup, row: row as R }] : [];
  });
  return found.sort((a, b) => a.page - b.page);
}

/**
 * Puts a stored index into an empty matcher. Throws SnapshotError when the rows
 * are of another format, incomplete, inconsistent or not of the stored coverage's
 * extent: the caller then rebuilds from the stored analyses. Returns where the
 * stored checkpoint of the postings ends, for the IndexWriter that carries on.
 */
export function loadIndex(
  matcher: Matcher,
  rows: readonly IndexRow[],
  coverage: CoverageExtent,
  apart: Iterable<[number, number]>,
  background: Background,
): Checkpoint {
  const { index, idf } = matcher;
  if (index.size > 0 || idf.size > 0) throw new Error('loadIndex needs an empty matcher');
  const meta = rows.find((r): r is IndexMeta => r.key === 'meta');
  if (!meta) throw new SnapshotError('no stored index');
  if (meta.format !== INDEX_FORMAT) throw new SnapshotError(`stored index has format ${meta.format}, not ${INDEX_FORMAT}`);
  if (meta.background !== backgroundKey(background)) throw new SnapshotError('stored index has another background table');

  loadVocabulary(matcher, rowsByPage<TermsRow>(rows, 'terms', TERM_PAGES), meta.terms);
  index.restoreOutlets(meta.outlets);
  for (const { page, row } of rowsByPage<DocsRow>(rows, 'docs', PAGES_PER_GROUP))
    if (row.key.startsWith('docsPage:')) index.docs.loadPage(page, row.records);
    else index.docs.loadGroup(page / PAGES_PER_GROUP, row.records);
  checkExtent(index.docs, meta, coverage);
  checkRecords(index.docs, meta);
  const amendmentsRow = rows.find((r): r is AmendmentsRow => r.key === 'postingsAmendments');
  const amendments = amendmentsRow && readAmendments(amendmentsRow);
  if (amendments) checkRecords(amendments.before, meta);
  const checkpoint = restoreCheckpoint(
    matcher,
    rows.find((r): r is PostingsRow => r.key === 'postings'),
    amendments,
    meta.terms,
  );

  const assignments: [number, number][] = [];
  // In id order, group and page rows alike: an overlap shows as an id out of order below.
  for (const { page, row } of rowsByPage<StateRow>(rows, 'state', PAGES_PER_GROUP)) {
    const { events, matches, matchesHash } = row;
    if (!(events instanceof Int32Array) || events.length % 2 !== 0) throw new SnapshotError(`${row.key} malformed`);
    for (let i = 0; i + 1 < events.length; i += 2) assignments.push([events[i]!, events[i + 1]!]);
    // The writer hashed the JSON it made of lists it held: unchanged, it parses to those lists.
    if (typeof matches !== 'string' || hashString(matches) !== matchesHash) throw new SnapshotError(`${row.key}: match lists damaged`);
    matcher.neighbours.defer(Math.floor(page / PAGES_PER_GROUP), matches);
  }
  // One event per article, in id order, as the writer lists them.
  if (assignments.length !== index.size) throw new SnapshotError(`${index.size} articles, ${assignments.length} stored events`);
  for (let i = 0; i < assignments.length; i++) {
    const id = assignments[i]![0];
    if (!index.docs.has(id) || (i > 0 && id <= assignments[i - 1]![0])) throw new SnapshotError(`a stored event of ${id} out of place`);
  }
  matcher.clusters = EventClusters.fromAssignments(assignments, apart);
  return checkpoint;
}

function loadVocabulary({ idf, index }: Matcher, rows: { page: number; row: TermsRow }[], size: number): void {
  for (const { page: first, row } of rows) {
    const terms = splitGroup(row.terms, row.key);
    const names = splitGroup(row.names, row.key);
    if (!(row.prior instanceof Float32Array) || names.length !== terms.length) throw new SnapshotError(`${row.key} malformed`);
    let at = 0;
    terms.forEach((page, k) => {
      const p = first + k;
      if (p * STRINGS_PAGE !== idf.vocabularySize) throw new SnapshotError(`vocabulary page ${p} is short`);
      idf.restoreTermsPage(p, { ...page, prior: row.prior.subarray(at, at + page.ends.length) });
      index.restoreNamesPage(p, names[k]!);
      at += page.ends.length;
    });
  }
  if (idf.vocabularySize !== size) throw new SnapshotError(`stored vocabulary has ${idf.vocabularySize} terms, not ${size}`);
}

function checkExtent(docs: DocPages, meta: IndexMeta, { lastId }: CoverageExtent): void {
  if (docs.size !== meta.articles) throw new SnapshotError(`the index has ${docs.size} articles, its meta ${meta.articles}`);
  const last = docs.lastId();
  if (last !== lastId) throw new SnapshotError(`the index ends at article ${last}, the coverage at ${lastId}`);
}

/** The sections of a packed article that name vocabulary ids, and the shift that uncovers the id (see packed.ts). */
const TERM_SECTIONS: { section: number; shift: number }[] = [
  { section: SECTIONS.indexOf('title'), shift: 0 },
  { section: SECTIONS.indexOf('head'), shift: 6 },
  { section: SECTIONS.indexOf('body'), shift: 6 },
  { section: SECTIONS.indexOf('entities'), shift: 7 },
  { section: SECTIONS.indexOf('numbers'), shift: 0 },
  { section: SECTIONS.indexOf('wire'), shift: 0 },
];
const HEADER = SECTIONS.length;

/**
 * Checks that every article names an outlet and vocabulary ids that exist (a
 * page from another vocabulary is refused), reading the packed records as they
 * lie, in order: no object or view per article.
 */
function checkRecords(docs: DocPages, meta: IndexMeta): void {
  const { terms } = meta;
  const bounds = new Int32Array(HEADER + 1);
  docs.forEachRecord((r, o) => {
    if (r[o + 1]! < 0 || r[o + 1]! >= meta.outlets.length || r[o + 3]! < 0 || r[o + 3]! >= terms)
      throw new SnapshotError(`article ${r[o]}: bad header`);
    bounds[0] = o + FIELDS + HEADER;
    for (let s = 0; s < HEADER; s++) bounds[s + 1] = bounds[s]! + r[o + FIELDS + s]!;
    for (const { section, shift } of TERM_SECTIONS)
      for (let i = bounds[section]!, end = bounds[section + 1]!; i < end; i++)
        if (r[i]! >>> shift >= terms) throw new SnapshotError(`article ${r[o]}: term ${r[i]! >>> shift} outside the vocabulary`);
  });
}
