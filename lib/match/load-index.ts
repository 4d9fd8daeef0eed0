import { FIELDS, PAGES_PER_GROUP, SnapshotError, type DocPages } from './doc-pages';
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
import { SECTIONS, type Section } from './packed';
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

  loadVocabulary(matcher, rowsByPage<TermsRow>(rows, 'terms', TERM_PAGES), meta.terms);
  index.restoreOutlets(meta.outlets);
  for (const { page, row } of rowsByPage<DocsRow>(rows, 'docs', PAGES_PER_GROUP))
    if (row.key.startsWith('docsPage:')) index.docs.loadPage(page, row.records);
    else index.docs.loadGroup(page / PAGES_PER_GROUP, row.records);
  checkExtent(index.docs, meta, coverage);
  indexArticles(matcher, meta);

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

/**
 * How each section of a packed article names vocabulary ids: the shift that
 * uncovers the id (none: it holds no ids), whether the id counts for document
 * frequencies, whether the article is listed under it — as countedIds() and
 * indexKeys() have it.
 */
const USE: Record<Section, { shift: number; counted: boolean; key: boolean } | null> = {
  title: { shift: 0, counted: false, key: false },
  head: { shift: 6, counted: true, key: true },
  body: { shift: 6, counted: true, key: false },
  entities: { shift: 7, counted: true, key: true },
  numbers: { shift: 0, counted: true, key: false },
  dates: null,
  wire: { shift: 0, counted: false, key: false },
  fingerprint: null,
};
const TERM_SECTIONS = SECTIONS.flatMap((name, section) => (USE[name] ? [{ section, ...USE[name] }] : []));
const KEY_SECTIONS = TERM_SECTIONS.filter((s) => s.key);
const HEADER = SECTIONS.length;

/**
 * Four ints per vocabulary id side by side, so that one cache line serves an id
 * (the lists run to hundreds of thousands of ids, touched in no order): the last
 * article that counted it and how many did, the last article listed under it and
 * how many are. Articles are numbered from 1 so that a fresh array means "none".
 * The second pass reuses COUNTED_BY for where its next listed article goes.
 */
const SLOTS = 4;
const [COUNTED_BY, COUNT, LISTED_BY, LISTED] = [0, 1, 2, 3];
const NEXT = COUNTED_BY;

/** Where each section of the record at `o` starts, and the last one ends, into `bounds`. */
function sectionBounds(records: Int32Array, o: number, bounds: Int32Array): void {
  const data = o + FIELDS;
  bounds[0] = data + HEADER;
  for (let s = 0; s < HEADER; s++) bounds[s + 1] = bounds[s]! + records[data + s]!;
}

/**
 * Counts document frequencies and lists every article under its keys, reading
 * the packed records as they lie: no object or view per article. Checks that
 * every vocabulary id an article names exists (a page from another vocabulary is refused).
 */
function indexArticles({ index, idf }: Matcher, meta: IndexMeta): void {
  const terms = meta.terms;
  const slots = new Int32Array(terms * SLOTS);
  const bounds = new Int32Array(HEADER + 1);
  let n = 0;
  index.docs.forEachRecord((r, o) => {
    n++;
    if (r[o + 1]! < 0 || r[o + 1]! >= meta.outlets.length || r[o + 3]! < 0 || r[o + 3]! >= terms)
      throw new SnapshotError(`article ${r[o]}: bad header`);
    sectionBounds(r, o, bounds);
    for (const { section, shift, counted, key } of TERM_SECTIONS)
      for (let i = bounds[section]!, end = bounds[section + 1]!; i < end; i++) {
        const term = r[i]! >>> shift;
        if (term >= terms) throw new SnapshotError(`article ${r[o]}: term ${term} outside the vocabulary`);
        const at = term * SLOTS;
        if (counted && slots[at + COUNTED_BY] !== n) {
          slots[at + COUNTED_BY] = n;
          slots[at + COUNT]!++;
        }
        if (key && slots[at + LISTED_BY] !== n) {
          slots[at + LISTED_BY] = n;
          slots[at + LISTED]!++;
        }
      }
  });

  const counts = new Int32Array(terms);
  const start = new Int32Array(terms);
  const length = new Int32Array(terms);
  let listed = 0;
  for (let term = 0, at = 0; term < terms; term++, at += SLOTS) {
    counts[term] = slots[at + COUNT]!;
    length[term] = slots[at + LISTED]!;
    start[term] = listed;
    slots[at + NEXT] = listed;
    slots[at + LISTED_BY] = 0;
    listed += length[term]!;
  }
  idf.finishRestore(counts, n);

  const ids = new Int32Array(listed);
  n = 0;
  index.docs.forEachRecord((r, o) => {
    n++;
    sectionBounds(r, o, bounds);
    for (const { section, shift } of KEY_SECTIONS)
      for (let i = bounds[section]!, end = bounds[section + 1]!; i < end; i++) {
        const at = (r[i]! >>> shift) * SLOTS;
        if (slots[at + LISTED_BY] === n) continue;
        slots[at + LISTED_BY] = n;
        ids[slots[at + NEXT]!++] = r[o]!;
      }
  });
  index.postings.restore({ ids, start, length });
}
