import { toMatchDoc, type MatchInput } from '../match/doc';
import shippedBackground from '../match/background.json';
import { Matcher, SUGGESTED_FROM } from '../match/matcher';
import { IndexWriter, SnapshotError, loadIndex, rowBytes, type Checkpoint } from '../match/snapshot';
import { beyondWindow } from '../match/features';
import type { Match, MatchDoc, MatchEvidence } from '../match/types';
import type { CoverageItem, CoverageRecord, CoverageRepository } from './types';

const scored = (item: CoverageItem): item is CoverageItem & { score: number; evidence: MatchEvidence } =>
  item.score !== null && item.evidence !== null;

/** A stored item as the matcher listed it; one further apart than the time window is a follow-up wherever the record lists it. */
const directMatch = ({ articleId, score, syndicated, evidence }: CoverageItem & { score: number; evidence: MatchEvidence }): Match => ({
  id: articleId,
  score,
  syndicated,
  ...(beyondWindow(evidence.daysApart) && { followUp: true }),
  evidence,
});

const scoredItems = (items: CoverageItem[] = []): Match[] => items.filter(scored).map(directMatch);

/**
 * At most this many articles saved but never matched are matched at a restart: a worker
 * stopped mid-save leaves one or two; the bound keeps a restart after anything stranger short.
 */
const CATCH_UP_LIMIT = 100;

/** Where a restart found the matcher: its stored index, or every coverage record (the slow path). */
export type RestoreSource = 'index' | 'rebuild';

export interface CoverageSummary {
  eventId: number;
  /** Other outlets with an article on the same event. */
  outlets: number;
}

/**
 * Keeps the matcher and the stored coverage in step: the background calls it
 * after each save, deletion or correction. Everything the popup will need is
 * written here, so opening it is a couple of indexed reads.
 */
export class CoverageService {
  private matcher: Matcher = new Matcher();
  private writer = new IndexWriter(this.matcher, shippedBackground);
  /** The stored index missed changes (a failed write): the next write replaces it whole. */
  private indexBehind = false;
  /**
   * What a failed write did not store: the articles whose coverage it carried, the new
   * analyses among them, the deletions. The next write carries them too, so the stored
   * coverage catches up with the matcher instead of keeping the failed step's stale lists.
   */
  private unwritten = { ids: new Set<number>(), docs: new Map<number, MatchDoc>(), removed: new Set<number>() };
  /** Resolves once the matcher is back, saying from where. */
  readonly ready: Promise<RestoreSource>;
  /** Where the restore from the stored index spent its time: reading the rows, building the matcher. */
  readonly restoreSteps = { readMs: NaN, buildMs: NaN };
  /**
   * Where the last save spent its time: analysing the text, matching, making the
   * coverage and index rows, writing them in IndexedDB; and the index rows' size.
   */
  readonly saveSteps = { analyseMs: NaN, matchMs: NaN, rowsMs: NaN, writeMs: NaN, indexBytes: NaN };

  constructor(private readonly repository: CoverageRepository) {
    this.ready = this.restore();
    // Every operation awaits `ready` and hears of a failed restore; unawaited it must not be an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  /**
   * From the stored index when it is there and agrees with the stored coverage;
   * otherwise (first start, another format, a damaged or stale index) from every
   * coverage record, writing the index anew. Nothing the reader saved is lost
   * either way: the coverage records stay the source of truth.
   */
  private async restore(): Promise<RestoreSource> {
    let started = performance.now();
    const { rows, coverage, corrections } = await this.repository.loadIndex();
    this.restoreSteps.readMs = performance.now() - started;
    const apart = corrections.filter((c) => c.kind === 'apart').map((c): [number, number] => [c.a, c.b]);
    try {
      started = performance.now();
      const matcher = new Matcher();
      const checkpoint = loadIndex(matcher, rows, coverage, apart, shippedBackground);
      this.restoreSteps.buildMs = performance.now() - started;
      this.use(matcher, checkpoint);
      await this.catchUp();
      return 'index';
    } catch (error) {
      if (!(error instanceof SnapshotError)) console.error('Parallax: the stored index is unreadable; rebuilding it', error);
    }
    this.use(await this.rebuild());
    // A failed write leaves an index that disagrees with the coverage: the next start rebuilds again.
    await this.repository
      .replaceIndex(this.writer.all())
      .catch((error: unknown) => console.error('Parallax: could not store the index', error));
    await this.catchUp();
    return 'rebuild';
  }

  /**
   * Matches the articles stored after the last one matched: saved, but the worker stopped
   * before matching them or their coverage write failed. A failure here is left to the next
   * write, which carries what this one did not store.
   */
  private async catchUp(): Promise<void> {
    const unmatched = await this.repository.unmatched(this.matcher.index.docs.lastId(), CATCH_UP_LIMIT);
    if (unmatched.length === 0) return;
    const touched = new Set<number>();
    const docs = unmatched.map((input) => {
      const doc = toMatchDoc(input);
      for (const id of [input.id, ...this.matched(doc)]) touched.add(id);
      return doc;
    });
    await this.persist(touched, docs).catch((error: unknown) => console.error('Parallax: could not store the coverage', error));
  }

  /**
   * Adds `doc` to the matcher. Returns the articles whose stored coverage changes with it:
   * everyone in the event it joined (or merged) gains a report, its direct matches a
   * match, those it nearly matched a suggestion, and those of the story beyond the time
   * window a follow-up.
   */
  private matched(doc: MatchDoc): number[] {
    const { matches, related, followUps } = this.matcher.add(doc);
    const suggested = related.filter((m) => m.score >= SUGGESTED_FROM);
    return [...this.matcher.eventMembers(doc.id), ...[...matches, ...suggested, ...followUps].map((m) => m.id)];
  }

  private use(matcher: Matcher, checkpoint?: Checkpoint): void {
    this.matcher = matcher;
    this.writer = new IndexWriter(matcher, shippedBackground, checkpoint);
  }

  private async rebuild(): Promise<Matcher> {
    const { records, corrections } = await this.repository.loadAll();
    return Matcher.restore({
      docs: records.map((r) => r.doc),
      events: records.map((r) => [r.articleId, r.eventId]),
      // The stored coverage keeps each direct match, suggestion and follow-up with its score and
      // evidence; the articles reached only through the event come back from the events themselves.
      neighbours: records.map((r) => [r.articleId, [...scoredItems(r.coverage), ...scoredItems(r.suggested), ...scoredItems(r.followUps)]]),
      apart: corrections.filter((c) => c.kind === 'apart').map((c) => [c.a, c.b]),
    });
  }

  /** Matches a saved (or re-read) article and stores the coverage of everything it changed. */
  async articleSaved(input: MatchInput): Promise<CoverageSummary> {
    await this.ready;
    let started = performance.now();
    const doc = toMatchDoc(input);
    this.saveSteps.analyseMs = performance.now() - started;
    started = performance.now();
    const before = new Set([...this.matcher.eventMembers(input.id), ...this.matcher.remove(input.id)]);
    const touched = new Set([input.id, ...before, ...this.matched(doc)]);
    this.saveSteps.matchMs = performance.now() - started;
    await this.persist(touched, [doc]);
    return this.summary(input.id);
  }

  async articleDeleted(articleId: number): Promise<void> {
    await this.ready;
    const touched = new Set([...this.matcher.eventMembers(articleId), ...this.matcher.remove(articleId)]);
    touched.delete(articleId);
    await this.persist(touched, [], [articleId]);
  }

  async markApart(a: number, b: number): Promise<void> {
    await this.ready;
    const before = new Set(this.matcher.eventMembers(a));
    await this.repository.addCorrection({ a, b, kind: 'apart' });
    this.matcher.markApart(a, b);
    await this.persist(new Set([...before, b]));
  }

  async markSame(a: number, b: number): Promise<void> {
    await this.ready;
    await this.repository.addCorrection({ a, b, kind: 'same' });
    this.matcher.markSame(a, b);
    await this.persist(new Set(this.matcher.eventMembers(a)));
  }

  summary(articleId: number): CoverageSummary {
    return { eventId: this.matcher.event(articleId)!, outlets: new Set(this.coverageOf(articleId).map((c) => c.outlet)).size };
  }

  /** The other outlets' articles of this article's event: direct matches first, best first. */
  coverageOf(articleId: number): CoverageItem[] {
    const index = this.matcher.index;
    const own = index.outletOf(articleId);
    const direct = new Map((this.matcher.neighbours.get(articleId) ?? []).map((m) => [m.id, m]));
    return this.matcher
      .eventMembers(articleId)
      .filter((id) => id !== articleId)
      .map((id) => ({ id, outlet: index.outletOf(id), match: direct.get(id) }))
      .filter(({ outlet }) => outlet !== undefined && outlet !== own)
      .map(({ id, outlet, match }) => ({
        articleId: id,
        outlet: outlet!,
        score: match?.score ?? null,
        syndicated: match?.syndicated ?? false,
        evidence: match?.evidence ?? null,
      }))
      .sort((x, y) => (y.score ?? 0) - (x.score ?? 0));
  }

  /** Other outlets' articles this one nearly matched, for the reader to confirm (see Matcher.suggestions). */
  suggestedFor(articleId: number): CoverageItem[] {
    return this.matcher.suggestions(articleId).map((m) => this.itemOf(m));
  }

  /** Other outlets' reports of the story beyond the time window (see Matcher.followUps). */
  followUpsFor(articleId: number): CoverageItem[] {
    return this.matcher.followUps(articleId).map((m) => this.itemOf(m));
  }

  private itemOf(m: Match): CoverageItem {
    return { articleId: m.id, outlet: this.matcher.index.outletOf(m.id)!, score: m.score, syndicated: m.syndicated, evidence: m.evidence };
  }

  /**
   * Writes the coverage of `ids` (`newDocs` the articles whose features are new;
   * `deleted` those deleted) and the index rows that changed, in one transaction;
   * with them whatever an earlier failed write left unstored.
   */
  private async persist(touched: Set<number>, newDocs: MatchDoc[] = [], deleted: number[] = []): Promise<void> {
    let started = performance.now();
    const unwritten = this.unwritten;
    const ids = new Set([...unwritten.ids, ...touched]);
    const docs = new Map(unwritten.docs);
    for (const doc of newDocs) docs.set(doc.id, doc);
    const removed = [...new Set([...unwritten.removed, ...deleted])];
    const records: (Omit<CoverageRecord, 'doc'> & { doc?: CoverageRecord['doc'] })[] = [];
    for (const id of ids) {
      const event = this.matcher.event(id);
      if (event === undefined) continue;
      const doc = docs.get(id);
      records.push({
        articleId: id,
        eventId: event,
        coverage: this.coverageOf(id),
        suggested: this.suggestedFor(id),
        followUps: this.followUpsFor(id),
        ...(doc && { doc }),
      });
    }
    const index = this.writer.changes([...ids, ...removed]);
    this.saveSteps.rowsMs = performance.now() - started;
    this.saveSteps.indexBytes = index.put.reduce((n, row) => n + rowBytes(row), 0);
    started = performance.now();
    try {
      if (this.indexBehind) {
        // An earlier write failed and took its index changes with it: write the index whole.
        await this.repository.save({ records, removed });
        await this.repository.replaceIndex(this.writer.all());
        this.indexBehind = false;
      } else {
        await this.repository.save({ records, removed, index });
        this.saveSteps.writeMs = performance.now() - started;
      }
      this.unwritten = { ids: new Set(), docs: new Map(), removed: new Set() };
    } catch (error) {
      this.indexBehind = true;
      this.unwritten = { ids, docs, removed: new Set(removed) };
      throw error;
    }
  }
}
