import { toMatchDoc, type MatchInput } from '../match/doc';
import { Matcher } from '../match/matcher';
import type { Match, MatchDoc } from '../match/types';
import type { CoverageItem, CoverageRecord, CoverageRepository } from './types';

const directMatch = (item: CoverageItem): Match => ({
  id: item.articleId,
  score: item.score!,
  syndicated: item.syndicated,
  evidence: item.evidence!,
});

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
  readonly ready: Promise<void>;

  constructor(private readonly repository: CoverageRepository) {
    this.ready = this.restore();
  }

  private async restore(): Promise<void> {
    const { records, corrections } = await this.repository.loadAll();
    this.matcher = Matcher.restore({
      docs: records.map((r) => r.doc),
      events: records.map((r) => [r.articleId, r.eventId]),
      // The stored coverage keeps each direct match with its score and evidence; the
      // articles reached only through the event come back from the events themselves.
      neighbours: records.map((r) => [
        r.articleId,
        r.coverage.flatMap((c) => (c.score !== null && c.evidence !== null ? [directMatch(c)] : [])),
      ]),
      apart: corrections.filter((c) => c.kind === 'apart').map((c) => [c.a, c.b]),
    });
  }

  /** Matches a saved (or re-read) article and stores the coverage of everything it changed. */
  async articleSaved(input: MatchInput): Promise<CoverageSummary> {
    await this.ready;
    const before = new Set([...this.matcher.eventMembers(input.id), ...this.matcher.remove(input.id)]);
    const doc = toMatchDoc(input);
    const { matches } = this.matcher.add(doc);
    // Everyone in the event it joined (or merged) gains a report; its direct matches gain a match.
    const touched = new Set([input.id, ...before, ...this.matcher.eventMembers(input.id), ...matches.map((m) => m.id)]);
    await this.persist(touched, doc);
    return this.summary(input.id);
  }

  async articleDeleted(articleId: number): Promise<void> {
    await this.ready;
    const touched = new Set([...this.matcher.eventMembers(articleId), ...this.matcher.remove(articleId)]);
    touched.delete(articleId);
    await this.repository.remove(articleId);
    await this.persist(touched);
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

  /** Writes the coverage of `ids`; `newDoc` is the one article whose features are new. */
  private async persist(ids: Set<number>, newDoc?: MatchDoc): Promise<void> {
    const records: (Omit<CoverageRecord, 'doc'> & { doc?: CoverageRecord['doc'] })[] = [];
    for (const id of ids) {
      const event = this.matcher.event(id);
      if (event === undefined) continue;
      records.push({
        articleId: id,
        eventId: event,
        coverage: this.coverageOf(id),
        ...(id === newDoc?.id && { doc: newDoc }),
      });
    }
    await this.repository.save(records);
  }
}
