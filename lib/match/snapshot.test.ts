import { describe, expect, it, vi } from 'vitest';
import { allStories } from '@/e2e/site/content';
import { outlets } from '@/e2e/site/manifest';
import shippedBackground from './background.json';
import { toMatchDoc } from './doc';
import { Matcher } from './matcher';
import {
  CHECKPOINT_PAGES,
  IndexWriter,
  MAX_AMENDED,
  SnapshotError,
  TERM_PAGES,
  TERMS_ROW,
  loadIndex,
  rowBytes,
  type IndexChanges,
  type IndexRow,
} from './snapshot';
import type { MatchDoc } from './types';

const stories = [...allStories].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
const docOf = (i: number, id = i): MatchDoc =>
  toMatchDoc({
    id,
    outlet: outlets.find((o) => o.slug === stories[i]!.outlet)!.name,
    title: stories[i]!.headline,
    paragraphs: stories[i]!.body.filter((p) => !p.startsWith('## ')),
    publishedAt: stories[i]!.publishedAt,
    lang: 'en',
  });
const half = Math.floor(stories.length / 2);

/** A store of rows with IndexedDB's semantics: values are structured clones. */
class RowStore {
  readonly rows = new Map<string, IndexRow>();
  apply({ put, remove }: IndexChanges): void {
    for (const key of remove) this.rows.delete(key);
    for (const row of put) this.rows.set(row.key, structuredClone(row));
  }
  replace(rows: IndexRow[]): void {
    this.rows.clear();
    this.apply({ put: rows, remove: [] });
  }
  list(): IndexRow[] {
    return [...this.rows.values()].map((r) => structuredClone(r));
  }
}

/** The extent of the coverage of these articles, as the repository reports it. */
const extentOf = (ids: number[]) => ({ lastId: ids.length > 0 ? Math.max(...ids) : undefined });

const restored = (rows: IndexRow[], ids: number[], apart: [number, number][] = []) => {
  const matcher = new Matcher();
  loadIndex(matcher, rows, extentOf(ids), apart, shippedBackground);
  return matcher;
};

/** Everything the matcher knows of each article: event members, match lists, stored features. */
const stateOf = (matcher: Matcher, ids: number[]) =>
  ids.map((id) => ({
    id,
    members: [...matcher.eventMembers(id)].sort(),
    matches: matcher.neighbours.get(id) ?? [],
    doc: matcher.index.get(id),
  }));

describe('the stored index', () => {
  it('restores to a matcher that holds the same and goes on matching exactly as the original', () => {
    const original = new Matcher();
    for (let i = 0; i < half; i++) original.add(docOf(i));
    const store = new RowStore();
    store.replace(new IndexWriter(original, shippedBackground).all());
    const ids = [...Array(half).keys()];
    const copy = restored(store.list(), ids);
    expect(stateOf(copy, ids)).toEqual(stateOf(original, ids));
    for (let i = half; i < stories.length; i++) expect(copy.add(docOf(i)), `story ${i}`).toEqual(original.add(docOf(i)));
    const all = [...stories.keys()];
    expect(stateOf(copy, all)).toEqual(stateOf(original, all));
  });

  it('parses a group’s stored match lists only when one of them is needed, and writes none back for it', () => {
    const original = new Matcher();
    // Ids in four groups, so that some stay unparsed.
    for (let i = 0; i < half; i++) original.add(docOf(i, i * 300));
    const ids = [...original.index.docs.ids()];
    const copy = restored(new IndexWriter(original, shippedBackground).all(), ids);
    const parse = vi.spyOn(JSON, 'parse');
    const withMatches = ids.find((id) => (original.neighbours.get(id) ?? []).length > 0)!;
    expect(copy.neighbours.get(withMatches)).toEqual(original.neighbours.get(withMatches));
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
    expect(copy.neighbours.takeChanged()).toEqual([]);
    expect(new Map(copy.neighbours)).toEqual(new Map(original.neighbours));
  });

  it('after a restore, takes deleted and re-read articles out of their restored lists, matching as the original', () => {
    const original = new Matcher();
    for (let i = 0; i < stories.length; i++) original.add(docOf(i));
    const ids = [...stories.keys()];
    const copy = restored(new IndexWriter(original, shippedBackground).all(), ids);
    for (let i = 0; i < stories.length; i += 3) {
      expect(copy.remove(i)).toEqual(original.remove(i));
      expect(copy.add(docOf(i, 5_000 + i)), `story ${i} read again`).toEqual(original.add(docOf(i, 5_000 + i)));
    }
    for (let i = 1; i < stories.length; i += 3) {
      const doc = copy.index.pack(docOf(i, 9_000 + i));
      expect(copy.index.candidates(doc, copy.idf).map((d) => d.id)).toEqual(
        original.index.candidates(original.index.pack(docOf(i, 9_000 + i)), original.idf).map((d) => d.id),
      );
    }
  });

  it('kept up to date by changes after each step, holds what a whole rewrite would', () => {
    const matcher = new Matcher();
    const store = new RowStore();
    const writer = new IndexWriter(matcher, shippedBackground);
    // Told only whose event changed: the writer must find changed match lists and pages itself.
    let events = new Map<number, number | undefined>();
    const step = (change: () => void) => {
      change();
      const now = new Map([...matcher.index.docs.ids()].map((id) => [id, matcher.event(id)]));
      store.apply(writer.changes([...now].filter(([id, event]) => events.get(id) !== event).map(([id]) => id)));
      events = now;
    };
    for (let i = 0; i < stories.length; i++) step(() => matcher.add(docOf(i, 10 + i * 37)));
    // A deletion, a re-read and a correction.
    step(() => matcher.remove(10));
    step(() => matcher.add(docOf(3, 10 + 3 * 37 + 1_000_000)));
    const [a, b] = matcher.eventMembers(10 + 37);
    step(() => matcher.markApart(a!, b!));

    const whole = new RowStore();
    whole.replace(new IndexWriter(matcher, shippedBackground).all());
    expect(new Map([...store.rows].sort())).toEqual(new Map([...whole.rows].sort()));
    const ids = [...matcher.index.docs.ids()];
    expect(stateOf(restored(store.list(), ids, [[a!, b!]]), ids)).toEqual(stateOf(matcher, ids));
  });

  it('keeps the vocabulary’s end page by page and its full groups whole, as a whole rewrite would', () => {
    const matcher = new Matcher();
    const store = new RowStore();
    const writer = new IndexWriter(matcher, shippedBackground);
    // Same outlet, so nothing matches: only the vocabulary grows, by 400 terms a save.
    const wordy = (id: number): MatchDoc => ({
      ...docOf(0, id),
      body: Object.fromEntries(Array.from({ length: 400 }, (_, k) => [`w${id}x${k}`, 1])),
    });
    for (let id = 0; id < 50; id++) {
      matcher.add(wordy(id));
      store.apply(writer.changes([id]));
    }
    expect(matcher.idf.vocabularySize).toBeGreaterThan(TERMS_ROW);
    expect([store.rows.has('terms:0'), store.rows.has('termsPage:0'), store.rows.has(`termsPage:${TERM_PAGES}`)]).toEqual([
      true,
      false,
      true,
    ]);
    const whole = new RowStore();
    whole.replace(new IndexWriter(matcher, shippedBackground).all());
    expect(new Map([...store.rows].sort())).toEqual(new Map([...whole.rows].sort()));
  });

  describe('with a checkpoint of the postings', () => {
    // Ids 120 apart: the checkpoint holds the articles before id 2,048, the rest are indexed at each restore.
    const spaced = (i: number) => i * 120;
    const early = stories.length - 4;
    const postingsOf = (rows: IndexRow[]) => rows.find((r) => r.key === 'postings');
    const candidatesOf = (matcher: Matcher, i: number, id: number) =>
      matcher.index.candidates(matcher.index.pack(docOf(i, id)), matcher.idf).map((d) => d.id);

    it('restores from it and the articles after it, matching exactly as the original', () => {
      const original = new Matcher();
      for (let i = 0; i < early; i++) original.add(docOf(i, spaced(i)));
      const rows = new IndexWriter(original, shippedBackground).all();
      const postings = postingsOf(rows);
      expect(postings && 'pages' in postings ? postings.pages * 64 : 0).toBe(CHECKPOINT_PAGES * 64 * 2);
      const ids = [...original.index.docs.ids()];
      expect(ids.filter((id) => id >= CHECKPOINT_PAGES * 64 * 2).length).toBeGreaterThan(0);
      const copy = restored(structuredClone(rows), ids);
      expect(copy.idf.counts()).toEqual(original.idf.counts());
      for (let i = 0; i < stories.length; i++) expect(candidatesOf(copy, i, 9_000 + i)).toEqual(candidatesOf(original, i, 9_000 + i));
      for (let i = early; i < stories.length; i++)
        expect(copy.add(docOf(i, spaced(i))), `story ${i}`).toEqual(original.add(docOf(i, spaced(i))));
    });

    it('restores as well without it, from the articles alone', () => {
      const original = new Matcher();
      for (let i = 0; i < stories.length; i++) original.add(docOf(i, spaced(i)));
      const rows = new IndexWriter(original, shippedBackground).all().filter((r) => r.key !== 'postings');
      const ids = [...original.index.docs.ids()];
      const copy = restored(rows, ids);
      expect(copy.idf.counts()).toEqual(original.idf.counts());
      for (let i = 0; i < stories.length; i++) expect(candidatesOf(copy, i, 9_000 + i)).toEqual(candidatesOf(original, i, 9_000 + i));
    });

    /** Every key's articles, in id order: the order within a list is the live matcher's history, not its state. */
    const listsOf = ({ index, idf }: Matcher) => {
      const { lengths, ids } = index.postings.listsBelow(idf.vocabularySize, Number.MAX_SAFE_INTEGER);
      let at = 0;
      return [...lengths].map((n) => [...ids.subarray(at, (at += n))].sort((a, b) => a - b));
    };
    /** What a restore must rebuild exactly: frequencies, article count and lists. */
    const indexOf = (matcher: Matcher) => ({ counts: matcher.idf.counts(), docs: matcher.idf.size, lists: listsOf(matcher) });

    /** A history whose checkpoint (boundary id 2,048) holds `below` articles, saved one by one as the service saves. */
    const history = (below: number) => {
      const matcher = new Matcher();
      const store = new RowStore();
      const writer = new IndexWriter(matcher, shippedBackground);
      const ids = [...Array(below).keys(), 2_100];
      for (const id of ids) {
        matcher.add(docOf(id % stories.length, id));
        store.apply(writer.changes([id]));
      }
      return { matcher, store, writer };
    };
    /** A re-read as the service does it: the article is forgotten, then added again as analysed now. */
    const readAgain = (matcher: Matcher, id: number, story: number) => {
      matcher.remove(id);
      matcher.add(docOf(story, id));
    };
    const rowOf = <K extends IndexRow['key']>(store: RowStore, key: K) => store.rows.get(key) as Extract<IndexRow, { key: K }> | undefined;

    it('amends itself, in a few KB, when an article before it is deleted or read again, and restores to the live index', () => {
      const { matcher, store, writer } = history(30);
      const checkpoint = rowOf(store, 'postings')!;
      expect(checkpoint.pages).toBe(CHECKPOINT_PAGES * 2);
      const written: IndexChanges[] = [];
      const step = (change: () => void) => {
        change();
        written.push(writer.changes([]));
        store.apply(written.at(-1)!);
      };
      step(() => matcher.remove(3));
      step(() => readAgain(matcher, 7, 20));
      step(() => readAgain(matcher, 7, 21));
      expect(written.map((w) => w.put.map((r) => r.key).filter((key) => key.startsWith('postings')))).toEqual([
        ['postingsAmendments'],
        ['postingsAmendments'],
        [],
      ]);
      expect(written.every((w) => w.put.every((r) => rowBytes(r) < 64_000))).toBe(true);
      expect(store.rows.get('postings')).toEqual(checkpoint);
      expect([...rowOf(store, 'postingsAmendments')!.ids]).toEqual([3, 7]);
      const ids = [...matcher.index.docs.ids()];
      const again = restored(store.list(), ids);
      expect(indexOf(again)).toEqual(indexOf(matcher));
      for (let i = 0; i < stories.length; i++) expect(candidatesOf(again, i, 9_000 + i)).toEqual(candidatesOf(matcher, i, 9_000 + i));
    });

    it('after a restart, goes on amending from what the stored checkpoint holds', () => {
      const { matcher, store, writer: before } = history(30);
      readAgain(matcher, 4, 22);
      store.apply(before.changes([]));
      const copy = new Matcher();
      const writer = new IndexWriter(
        copy,
        shippedBackground,
        loadIndex(copy, store.list(), extentOf([...matcher.index.docs.ids()]), [], shippedBackground),
      );
      expect(indexOf(copy)).toEqual(indexOf(matcher));
      // The same article changed again, and another, after the restart.
      for (const m of [copy, matcher]) {
        readAgain(m, 4, 23);
        m.remove(9);
      }
      store.apply(writer.changes([]));
      expect([...rowOf(store, 'postingsAmendments')!.ids]).toEqual([4, 9]);
      expect(indexOf(restored(store.list(), [...matcher.index.docs.ids()]))).toEqual(indexOf(matcher));
    });

    it(`is taken again once more than ${MAX_AMENDED} articles before it changed, and restores to the same`, () => {
      const { matcher, store, writer } = history(MAX_AMENDED + 10);
      const checkpoint = rowOf(store, 'postings')!;
      for (let id = 0; id < MAX_AMENDED; id++) {
        matcher.remove(id);
        store.apply(writer.changes([]));
      }
      expect(rowOf(store, 'postingsAmendments')!.ids.length).toBe(MAX_AMENDED);
      expect(store.rows.get('postings')).toEqual(checkpoint);
      readAgain(matcher, MAX_AMENDED, 0);
      store.apply(writer.changes([]));
      expect(store.rows.has('postingsAmendments')).toBe(false);
      expect(rowOf(store, 'postings')!.articles).toBe(10);
      const ids = [...matcher.index.docs.ids()];
      expect(indexOf(restored(store.list(), ids))).toEqual(indexOf(matcher));
      // And amends the new one from there.
      matcher.remove(MAX_AMENDED + 1);
      store.apply(writer.changes([]));
      expect([...rowOf(store, 'postingsAmendments')!.ids]).toEqual([MAX_AMENDED + 1]);
      expect(indexOf(restored(store.list(), [...matcher.index.docs.ids()]))).toEqual(indexOf(matcher));
    });

    it('is taken again, without its amendments, when its boundary moves', () => {
      const { matcher, store, writer } = history(30);
      matcher.remove(5);
      store.apply(writer.changes([]));
      expect(store.rows.has('postingsAmendments')).toBe(true);
      readAgain(matcher, 6, 1);
      matcher.add(docOf(2, 3_100));
      store.apply(writer.changes([3_100]));
      expect(store.rows.has('postingsAmendments')).toBe(false);
      expect(rowOf(store, 'postings')!.pages).toBe(CHECKPOINT_PAGES * 3);
      const ids = [...matcher.index.docs.ids()];
      expect(indexOf(restored(store.list(), ids))).toEqual(indexOf(matcher));
    });

    it('is refused with amendments lost, damaged or of another checkpoint', () => {
      const { matcher, store, writer } = history(30);
      matcher.remove(3);
      readAgain(matcher, 8, 19);
      store.apply(writer.changes([]));
      const rows = store.list();
      const ids = [...matcher.index.docs.ids()];
      expect(indexOf(restored(rows, ids))).toEqual(indexOf(matcher));
      const amended = (change: (row: Extract<IndexRow, { key: 'postingsAmendments' }>) => IndexRow) =>
        rows.map((r) => (r.key === 'postingsAmendments' ? change(structuredClone(r)) : r));
      const refused = (rs: IndexRow[]) => expect(() => restored(rs, ids)).toThrow(SnapshotError);
      refused(rows.filter((r) => r.key !== 'postingsAmendments'));
      refused(rows.filter((r) => r.key !== 'postings'));
      refused(amended((r) => ({ ...r, ids: r.ids.subarray(1) })));
      refused(amended((r) => ({ ...r, articles: r.articles - 1 })));
      refused(amended((r) => ({ ...r, records: r.records.subarray(0, -1) })));
      refused(amended((r) => ((r.records[5 + 8] = 0x7fffffff), r)));
    });

    it('is refused when malformed or taken of other articles', () => {
      const matcher = new Matcher();
      for (let i = 0; i < stories.length; i++) matcher.add(docOf(i, spaced(i)));
      const rows = new IndexWriter(matcher, shippedBackground).all();
      const ids = [...matcher.index.docs.ids()];
      const changed = (change: (row: Extract<IndexRow, { key: 'postings' }>) => IndexRow) =>
        rows.map((r) => (r.key === 'postings' ? change(structuredClone(r)) : r));
      const refused = (rs: IndexRow[]) => expect(() => restored(rs, ids)).toThrow(SnapshotError);
      refused(changed((r) => ((r.ids[0] = r.pages * 64), r)));
      refused(changed((r) => (r.lengths[r.lengths.findIndex((n) => n > 0)]!++, r)));
      refused(changed((r) => ({ ...r, counts: r.counts.subarray(1) })));
      refused(changed((r) => ({ ...r, pages: r.pages - CHECKPOINT_PAGES })));
      refused(changed((r) => ({ ...r, articles: r.articles + 1 })));
      // A group of articles whose records changed under an intact checkpoint.
      const other = new Matcher();
      for (let i = 0; i < stories.length; i++) other.add(docOf((i + 1) % stories.length, spaced(i)));
      const otherDocs = new IndexWriter(other, shippedBackground).all().find((r) => r.key === 'docs:0')!;
      expect(() =>
        restored(
          rows.map((r) => (r.key === 'docs:0' ? otherDocs : r)),
          ids,
        ),
      ).toThrow(SnapshotError);
    });
  });

  describe('refuses, so that the caller rebuilds from the stored analyses,', () => {
    const matcher = new Matcher();
    for (let i = 0; i < half; i++) matcher.add(docOf(i, 1 + i * 70));
    const rows = new IndexWriter(matcher, shippedBackground).all();
    const ids = [...matcher.index.docs.ids()];
    const without = (key: string) => rows.filter((r) => r.key !== key);
    const refused = (rs: IndexRow[], articleIds = ids) => expect(() => restored(rs, articleIds)).toThrow(SnapshotError);

    it('an empty store', () => refused([]));
    it('another format', () => refused(rows.map((r) => (r.key === 'meta' ? { ...r, format: 0 } : r))));
    it('a lost group or page of articles, terms or events', () => {
      for (const key of ['docs:0', 'docsPage:9', 'termsPage:0', 'state:0', 'statePage:9']) {
        expect(rows.some((r) => r.key === key)).toBe(true);
        refused(without(key));
      }
    });
    it('an index that ends before or after the stored coverage', () => {
      refused(rows, ids.slice(0, -1));
      refused(rows, [...ids, 99_999]);
      refused(rows, []);
    });
    it('an index whose meta counts other articles than its rows hold', () =>
      refused(rows.map((r) => (r.key === 'meta' ? { ...r, articles: r.articles + 1 } : r))));
    it('a page whose bytes were damaged', () => {
      const damaged = rows.map((r) => {
        if (r.key !== 'docs:0' || !('records' in r)) return r;
        const records = r.records.slice();
        records[4] = 1_000_000;
        return { ...r, records };
      });
      refused(damaged);
    });
    it('a page naming terms the vocabulary lacks', () => {
      const foreign = rows.map((r) => {
        if (r.key !== 'docs:0' || !('records' in r)) return r;
        const records = r.records.slice();
        records[5 + 8] = 0x7fffffff;
        return { ...r, records };
      });
      refused(foreign);
    });
    it('match lists whose JSON is not what was written', () => {
      refused(rows.map((r) => (r.key === 'state:0' ? { ...r, matches: '[[1,' } : r)));
      const listed = rows.find((r) => 'matches' in r && r.matches.includes('"score":0.'))!.key;
      refused(
        rows.map((r) => (r.key === listed && 'matches' in r ? { ...r, matches: r.matches.replace(/"score":0\./, '"score":1.') } : r)),
      );
    });
  });
});
