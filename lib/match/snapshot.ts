import { PAGES_PER_GROUP, groupOf } from './doc-pages';
import type { Background } from './idf';
import {
  GROUP_SIZE,
  INDEX_FORMAT,
  TERM_PAGES,
  TERMS_ROW,
  backgroundKey,
  type DocsRow,
  type IndexChanges,
  type IndexMeta,
  type IndexRow,
  type StateRow,
  type TermsRow,
} from './index-rows';
import { STRINGS_PAGE, hashString, joinPages } from './paged-strings';
import type { Matcher } from './matcher';
import type { Match } from './types';

export * from './index-rows';
export { SnapshotError } from './doc-pages';
export { loadIndex } from './load-index';

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
    const json = JSON.stringify(matches);
    return { key: `state:${group}`, events: Int32Array.from(events), matches: json, matchesHash: hashString(json) };
  }
}

const byNumber = (a: number, b: number) => a - b;
