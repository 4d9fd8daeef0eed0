/**
 * `npm run bench:checkpoint`: what a deletion or a re-read of an article before
 * the checkpoint's boundary costs the index writer at ~50k stored articles —
 * the time to make the changed rows and their bytes — and how long a restore
 * takes with 0, 10 and MAX_AMENDED amended articles. Real analyses: basil,
 * allsides, gva and the baly pool, padded to --stored N (default 50,000) with
 * pool articles read again as other outlets' copies, as bench:match pads.
 *
 *   AGAINST=<dir>  also measure the lib/ of another checkout (e.g. main's, exported
 *                  aside with `git archive main lib`), turn about with this one
 *                  under the same load, on the same analyses.
 *
 * The matchers are built as a restart from the stored analyses builds them
 * (no matching); every article is its own event. The rows go through
 * structuredClone, as IndexedDB stores them; the clone is not timed. The rows
 * stored after 0, 10 and 64 changes are kept, and restored from in rounds, turn
 * about, once every change is written.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import shippedBackground from '../../lib/match/background.json';
import type { MatchDoc } from '../../lib/match/types';
import { printTable, writeResult } from '../lib/report';
import { median } from '../lib/stats';
import { LABELLED, docOf, paddedReading, readLabelled, readPool, readingOrder } from './data';

const STORED_AT = process.argv.indexOf('--stored');
const STORED = STORED_AT > 0 ? Number(process.argv[STORED_AT + 1]) : 50_000;
/** Rounds of restores, each from every stored state in turn, so that load drifts over all alike. */
const ROUNDS = 5;
/** Changes before the boundary measured: deletions and re-reads, turn about. */
const CHANGES = [10, 64];

/** One checkout's index code. */
async function implementation(root: string) {
  const at = (file: string) => resolve(root, 'lib/match', file);
  const [{ Matcher }, snapshot, { EventClusters }, { countedIds }] = await Promise.all([
    import(at('matcher.ts')) as Promise<typeof import('../../lib/match/matcher')>,
    import(at('snapshot.ts')) as Promise<typeof import('../../lib/match/snapshot')>,
    import(at('events.ts')) as Promise<typeof import('../../lib/match/events')>,
    import(at('packed.ts')) as Promise<typeof import('../../lib/match/packed')>,
  ]);
  return { Matcher, snapshot, EventClusters, countedIds };
}
type Implementation = Awaited<ReturnType<typeof implementation>>;
type IndexRow = import('../../lib/match/snapshot').IndexRow;

const load = () => loadavg()[0]!.toFixed(2);

/** A checkout's matcher over the stored analyses, its writer and its stored rows. */
class Subject {
  readonly matcher;
  private writer;
  readonly rows = new Map<string, IndexRow>();

  constructor(
    readonly name: string,
    private readonly code: Implementation,
  ) {
    this.matcher = new code.Matcher();
    this.writer = new code.snapshot.IndexWriter(this.matcher, shippedBackground);
  }

  /** Adds a stored article as a restart does: packed and counted, not matched. */
  put(doc: MatchDoc): void {
    const packed = this.matcher.index.pack(doc);
    this.matcher.idf.addIds(this.code.countedIds(packed));
    this.matcher.index.add(packed);
  }

  storeAll(): void {
    const ids = [...this.matcher.index.docs.ids()];
    this.matcher.clusters = this.code.EventClusters.fromAssignments(
      ids.map((id) => [id, id]),
      [],
    );
    this.writer = new this.code.snapshot.IndexWriter(this.matcher, shippedBackground);
    for (const row of this.writer.all()) this.rows.set(row.key, structuredClone(row));
  }

  /** Makes a change, then times the writer's rows for it and stores them. */
  change(make: (matcher: Subject['matcher']) => void): { ms: number; bytes: number; checkpointBytes: number; keys: string[] } {
    make(this.matcher);
    const started = performance.now();
    const changes = this.writer.changes([]);
    const ms = performance.now() - started;
    for (const key of changes.remove) this.rows.delete(key);
    for (const row of changes.put) this.rows.set(row.key, structuredClone(row));
    const bytes = (rows: IndexRow[]) => rows.reduce((n, row) => n + this.code.snapshot.rowBytes(row), 0);
    return {
      ms,
      bytes: bytes(changes.put),
      checkpointBytes: bytes(changes.put.filter((row) => row.key.startsWith('postings'))),
      keys: changes.put.map((r) => r.key),
    };
  }

  /** The stored rows as they are now. */
  stored(): IndexRow[] {
    return [...this.rows.values()];
  }

  /** Times a restore from stored rows. */
  restore(stored: IndexRow[]): number {
    const rows = structuredClone(stored);
    const copy = new this.code.Matcher();
    const started = performance.now();
    this.code.snapshot.loadIndex(copy, rows, { lastId: this.matcher.index.docs.lastId() }, [], shippedBackground);
    const ms = performance.now() - started;
    const meta = rows.find((row) => row.key === 'meta');
    if (!meta || !('articles' in meta) || copy.idf.size !== meta.articles)
      throw new Error(`${this.name}: restored ${copy.idf.size} articles, not as many as stored`);
    return ms;
  }

  rowBytes(key: string): number {
    const row = this.rows.get(key);
    return row ? this.code.snapshot.rowBytes(row) : 0;
  }
}

async function main() {
  const subjects = [new Subject('this', await implementation(resolve(import.meta.dirname, '../..')))];
  if (process.env['AGAINST']) subjects.push(new Subject(process.env['AGAINST'], await implementation(process.env['AGAINST'])));

  const articles = readingOrder([...LABELLED.flatMap((name) => readLabelled(name)), ...(await readPool())]);
  const reading = paddedReading(articles);
  const total = STORED;
  const analysed = (id: number) => docOf(reading(id), id);
  for (let id = 0; id < total; id++) {
    const doc = analysed(id);
    for (const subject of subjects) subject.put(doc);
  }
  for (const subject of subjects) subject.storeAll();
  console.log(`${total} stored articles; checkpoint ${(subjects[0]!.rowBytes('postings') / 2 ** 20).toFixed(1)} MB; load ${load()}`);

  const states = new Map<number, IndexRow[][]>([[0, subjects.map((subject) => subject.stored())]]);

  // Old articles (ids from 1,000 on, far before the boundary), deleted and read again turn about;
  // a re-read stores another article's analysis under the old id, as a page whose text changed.
  const writes: Record<string, unknown>[] = [];
  let made = 0;
  for (const upTo of CHANGES) {
    for (; made < upTo; made++) {
      const id = 1_000 + made * 7;
      const reread = made % 2 === 1;
      const doc = reread ? analysed(total - 1 - made) : undefined;
      for (const subject of subjects) {
        const { keys, ...cost } = subject.change((matcher) => {
          matcher.remove(id);
          if (doc) matcher.add({ ...doc, id });
        });
        writes.push({
          build: subject.name,
          change: made + 1,
          kind: reread ? 're-read' : 'deletion',
          ...cost,
          rows: keys.join(' '),
          load: load(),
        });
      }
    }
    states.set(
      upTo,
      subjects.map((subject) => subject.stored()),
    );
  }
  // One past the bound: the checkpoint is taken again.
  for (const subject of subjects) {
    const { keys, ...cost } = subject.change((matcher) => matcher.remove(1_000 + made * 7));
    writes.push({ build: subject.name, change: made + 1, kind: 'deletion', ...cost, rows: keys.join(' '), load: load() });
  }

  const restoreMs = new Map<string, number[]>();
  const loads: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    loads.push(load());
    for (const [amended, stored] of states)
      subjects.forEach((subject, i) => {
        const key = `${subject.name}\t${amended}`;
        restoreMs.set(key, [...(restoreMs.get(key) ?? []), subject.restore(stored[i]!)]);
      });
  }
  const restores = [...restoreMs].map(([key, ms]) => {
    const [build, amended] = key.split('\t');
    return { build, changes: Number(amended), 'median ms': median(ms), 'min ms': Math.min(...ms), 'max ms': Math.max(...ms) };
  });

  const summary = subjects.flatMap((subject) =>
    (['deletion', 're-read'] as const).map((kind) => {
      const mine = writes.filter((w) => w.build === subject.name && w.kind === kind && (w.change as number) <= CHANGES.at(-1)!);
      return {
        build: subject.name,
        kind,
        changes: mine.length,
        'median ms': median(mine.map((w) => w.ms as number)),
        'median bytes': median(mine.map((w) => w.bytes as number)),
        'checkpoint bytes, median': median(mine.map((w) => w.checkpointBytes as number)),
        'checkpoint bytes, max': Math.max(...mine.map((w) => w.checkpointBytes as number)),
      };
    }),
  );
  printTable(`Writer, per change before the boundary (${total} stored)`, summary);
  printTable('Writer, each change', writes);
  printTable(`Restore from the rows stored after so many changes (${total} stored), ${ROUNDS} rounds, load ${loads.join(' ')}`, restores);
  console.log(`wrote ${writeResult('checkpoint', { stored: total, summary, writes, restores, restoreLoads: loads })}`);
}

await main();
