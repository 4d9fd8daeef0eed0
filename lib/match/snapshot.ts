import { Amendments, MAX_AMENDED, NO_CHECKPOINT, type Checkpoint } from './amendments';
import { checkpointOf, checkpointPages, checkpointRow } from './checkpoint';
import { PAGES_PER_GROUP, PAGE_SIZE, pageOf } from './doc-pages';
import type { Background } from './idf';
import {
  GROUP_SIZE,
  INDEX_FORMAT,
  TERM_PAGES,
  backgroundKey,
  type DocsRow,
  type IndexChanges,
  type IndexMeta,
  type IndexRow,
  type PostingsRow,
  type StateRow,
  type TermsRow,
} from './index-rows';
import { STRINGS_PAGE, hashString, joinPages } from './paged-strings';
import type { Matcher } from './matcher';
import type { Match } from './types';

export * from './index-rows';
export { SnapshotError } from './doc-pages';
export { loadIndex } from './load-index';
export { CHECKPOINT_PAGES } from './checkpoint';
export { MAX_AMENDED, type Checkpoint } from './amendments';

const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);
const byNumber = (a: number, b: number) => a - b;

/**
 * Records the rows of a matcher's index, all at once or as changes since the
 * last call. The open end of the index — the group of articles holding the
 * highest id, the vocabulary's last group of pages — is stored page by page, so
 * a save rewrites a page of tens of kilobytes, not a group of hundreds; a group
 * is written whole once the end moves past it (see index-rows.ts). The
 * checkpoint of the postings is rewritten when its boundary moves; a change to
 * an article before it is written as an amendment beside it, up to
 * MAX_AMENDED of them (see checkpoint.ts, amendments.ts).
 */
export class IndexWriter {
  private writtenTerms = 0;
  private readonly background: string;
  /** The article group stored page by page; undefined while the index is empty. */
  private openGroup: number | undefined;
  /** The vocabulary group stored page by page. */
  private openTerms = 0;
  /** The stored checkpoint of the postings and the changes before its boundary. */
  private amendments: Amendments;

  constructor(
    private readonly matcher: Matcher,
    background: Background,
    /** The stored checkpoint of the postings, as loadIndex() reports it; none for a matcher never stored. */
    checkpoint: Checkpoint = NO_CHECKPOINT,
  ) {
    this.background = backgroundKey(background);
    // Whatever is in the matcher already is what the caller restored or is about to write whole.
    this.matcher.index.docs.takeDirty();
    this.matcher.index.takeNamed();
    this.matcher.neighbours.takeChanged();
    this.writtenTerms = this.matcher.idf.vocabularySize;
    this.openGroup = this.lastGroup();
    this.openTerms = this.lastTermsGroup();
    this.amendments = new Amendments(this.matcher.index.docs, checkpoint);
  }

  /** Every row: after a rebuild, to replace whatever was stored. */
  all(): IndexRow[] {
    const { index, idf } = this.matcher;
    this.openGroup = this.lastGroup();
    this.openTerms = this.lastTermsGroup();
    const rows: IndexRow[] = [this.meta()];
    for (let group = 0; group < this.openTerms; group++) rows.push(this.termsGroupRow(group));
    for (const page of this.termPagesOf(this.openTerms)) rows.push(this.termsPageRow(page));
    for (const group of index.docs.groupNumbers()) {
      if (group !== this.openGroup) rows.push(this.docsGroupRow(group), this.stateGroupRow(group));
      else
        for (const page of range(group * PAGES_PER_GROUP, PAGES_PER_GROUP))
          if (index.docs.records(page).length > 0) rows.push(this.docsPageRow(page), this.statePageRow(page));
    }
    const checkpoint = this.retake();
    if (checkpoint) rows.push(checkpoint);
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
    const changes = new RowChanges();
    changes.put(this.meta());
    this.vocabularyChanges(changes);

    const { index } = this.matcher;
    const docPages = new Set(index.docs.takeDirty());
    const statePages = new Set([...docPages, ...[...articles, ...this.matcher.neighbours.takeChanged()].map(pageOf)]);
    const open = this.lastGroup();
    if (open !== this.openGroup) {
      // The end moved: the group it left is written whole, the one it reached page by page.
      const left = this.openGroup;
      this.openGroup = open;
      if (left !== undefined) {
        range(left * PAGES_PER_GROUP, PAGES_PER_GROUP).forEach((page) => {
          changes.remove(`docsPage:${page}`);
          changes.remove(`statePage:${page}`);
        });
        changes.write(this.docsGroupRow(left), this.groupHoldsAny(left));
        changes.write(this.stateGroupRow(left), this.groupHoldsAny(left));
      }
      if (open !== undefined) {
        changes.remove(`docs:${open}`);
        changes.remove(`state:${open}`);
        range(open * PAGES_PER_GROUP, PAGES_PER_GROUP).forEach((page) => (docPages.add(page), statePages.add(page)));
      }
    }
    for (const page of [...docPages].sort(byNumber)) {
      const group = Math.floor(page / PAGES_PER_GROUP);
      if (group === open) changes.write(this.docsPageRow(page), index.docs.records(page).length > 0);
      else changes.write(this.docsGroupRow(group), this.groupHoldsAny(group));
    }
    for (const page of [...statePages].sort(byNumber)) {
      const group = Math.floor(page / PAGES_PER_GROUP);
      if (group === open) changes.write(this.statePageRow(page), index.docs.records(page).length > 0);
      else changes.write(this.stateGroupRow(group), this.groupHoldsAny(group));
    }
    this.checkpointChanges(changes, docPages);
    return changes.result();
  }

  /**
   * A new checkpoint when its boundary moved or its amendments would pass their
   * bound; the amendments when an article before it changed.
   */
  private checkpointChanges(changes: RowChanges, changedPages: Set<number>): void {
    const { docs } = this.matcher.index;
    const pages = checkpointPages(docs.lastId());
    if (pages === this.amendments.checkpoint.pages) {
      if (!this.amendments.note(docs, changedPages)) return;
      if (this.amendments.size <= MAX_AMENDED) return changes.put(this.amendments.row());
    }
    const checkpoint = this.retake();
    if (checkpoint) changes.put(checkpoint);
    else changes.remove('postings');
    changes.remove('postingsAmendments');
  }

  /** A new checkpoint of the postings, none while every article is after the first boundary. */
  private retake(): PostingsRow | undefined {
    const { docs } = this.matcher.index;
    const pages = checkpointPages(docs.lastId());
    const checkpoint = pages > 0 ? checkpointRow(this.matcher, pages) : undefined;
    this.amendments = new Amendments(docs, checkpoint ? checkpointOf(checkpoint) : NO_CHECKPOINT);
    return checkpoint;
  }

  /** New terms go to the open group's pages; a name given to an older term rewrites its group. */
  private vocabularyChanges(changes: RowChanges): void {
    const { index, idf } = this.matcher;
    const pages = new Set<number>();
    for (let page = Math.floor(this.writtenTerms / STRINGS_PAGE); page * STRINGS_PAGE < idf.vocabularySize; page++) pages.add(page);
    for (const id of index.takeNamed()) pages.add(Math.floor(id / STRINGS_PAGE));
    this.writtenTerms = idf.vocabularySize;
    const open = this.lastTermsGroup();
    if (open !== this.openTerms) {
      for (const page of range(this.openTerms * TERM_PAGES, TERM_PAGES)) changes.remove(`termsPage:${page}`);
      changes.put(this.termsGroupRow(this.openTerms));
      this.openTerms = open;
    }
    for (const page of [...pages].sort(byNumber)) {
      const group = Math.floor(page / TERM_PAGES);
      if (group === this.openTerms) changes.put(this.termsPageRow(page));
      else changes.put(this.termsGroupRow(group));
    }
  }

  private groupHoldsAny(group: number): boolean {
    return range(group * PAGES_PER_GROUP, PAGES_PER_GROUP).some((page) => this.matcher.index.docs.records(page).length > 0);
  }

  private lastGroup(): number | undefined {
    const last = this.matcher.index.docs.lastId();
    return last === undefined ? undefined : Math.floor(pageOf(last) / PAGES_PER_GROUP);
  }

  private lastTermsGroup(): number {
    return Math.floor(Math.max(0, this.matcher.idf.vocabularySize - 1) / STRINGS_PAGE / TERM_PAGES);
  }

  /** The vocabulary pages of a group that hold terms. */
  private termPagesOf(group: number): number[] {
    return range(group * TERM_PAGES, TERM_PAGES).filter((page) => page * STRINGS_PAGE < this.matcher.idf.vocabularySize);
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

  private termsGroupRow(group: number): TermsRow {
    return this.termsRow(`terms:${group}`, this.termPagesOf(group));
  }

  private termsPageRow(page: number): TermsRow {
    return this.termsRow(`termsPage:${page}`, [page]);
  }

  private termsRow(key: TermsRow['key'], pages: number[]): TermsRow {
    const terms = pages.map((page) => this.matcher.idf.termsPage(page));
    const prior = new Float32Array(terms.reduce((n, page) => n + page.prior.length, 0));
    terms.reduce((at, page) => (prior.set(page.prior, at), at + page.prior.length), 0);
    return { key, terms: joinPages(terms), prior, names: joinPages(pages.map((page) => this.matcher.index.namesPage(page))) };
  }

  private docsGroupRow(group: number): DocsRow {
    return { key: `docs:${group}`, records: this.matcher.index.docs.groupRecords(group) };
  }

  private docsPageRow(page: number): DocsRow {
    return { key: `docsPage:${page}`, records: this.matcher.index.docs.records(page) };
  }

  private stateGroupRow(group: number): StateRow {
    return this.stateRow(`state:${group}`, group * GROUP_SIZE, GROUP_SIZE);
  }

  private statePageRow(page: number): StateRow {
    return this.stateRow(`statePage:${page}`, page * PAGE_SIZE, PAGE_SIZE);
  }

  private stateRow(key: StateRow['key'], first: number, count: number): StateRow {
    const events: number[] = [];
    const matches: [number, Match[]][] = [];
    for (let id = first; id < first + count; id++) {
      if (!this.matcher.index.docs.has(id)) continue;
      events.push(id, this.matcher.event(id)!);
      const list = this.matcher.neighbours.get(id);
      if (list && list.length > 0) matches.push([id, list]);
    }
    const json = JSON.stringify(matches);
    return { key, events: Int32Array.from(events), matches: json, matchesHash: hashString(json) };
  }
}

/** Rows to put and keys to delete, each once; a row put after its key was removed is put. */
class RowChanges {
  private readonly puts = new Map<string, IndexRow>();
  private readonly removals = new Set<string>();

  put(row: IndexRow): void {
    this.removals.delete(row.key);
    this.puts.set(row.key, row);
  }

  remove(key: string): void {
    this.puts.delete(key);
    this.removals.add(key);
  }

  /** Puts the row when it holds anything, else deletes its key. */
  write(row: IndexRow, holdsAny: boolean): void {
    if (holdsAny) this.put(row);
    else this.remove(row.key);
  }

  result(): IndexChanges {
    return { put: [...this.puts.values()], remove: [...this.removals] };
  }
}
