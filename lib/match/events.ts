/**
 * Events as clusters of articles, built in one pass: each article joins the
 * event of its best match, and an article that clearly matches articles of two
 * events merges them. The reader's corrections always win.
 */
export class EventClusters {
  private readonly parent = new Map<number, number>();
  private readonly eventOf = new Map<number, number>();
  private readonly members = new Map<number, number[]>();
  private readonly apart = new Set<string>();
  private nextEvent = 1;

  /** The event an article belongs to (following merges). */
  event(articleId: number): number | undefined {
    const event = this.eventOf.get(articleId);
    return event === undefined ? undefined : this.find(event);
  }

  /** Puts the article in a new event of its own. */
  startEvent(articleId: number): number {
    const event = this.nextEvent++;
    this.parent.set(event, event);
    this.eventOf.set(articleId, event);
    this.members.set(event, [articleId]);
    return event;
  }

  /** The articles of an event, merged events included. */
  membersOf(event: number): readonly number[] {
    return this.members.get(this.find(event)) ?? [];
  }

  /** Puts the article in `event`, unless the reader said it is not the same event as one of its articles. */
  join(articleId: number, event: number): boolean {
    const root = this.find(event);
    if (this.membersOf(root).some((other) => this.areApart(articleId, other))) return false;
    this.eventOf.set(articleId, root);
    this.members.get(root)!.push(articleId);
    return true;
  }

  /** Merges two events unless the reader said an article of one is not the same event as one of the other. */
  merge(a: number, b: number): number {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return ra;
    const left = this.membersOf(ra);
    const right = this.membersOf(rb);
    if (left.some((x) => right.some((y) => this.areApart(x, y)))) return ra;
    this.parent.set(rb, ra);
    this.members.set(ra, [...left, ...right]);
    this.members.delete(rb);
    return ra;
  }

  /** The reader said these two articles report different events. */
  markApart(a: number, b: number): void {
    this.apart.add(pairKey(a, b));
  }

  areApart(a: number, b: number): boolean {
    return this.apart.has(pairKey(a, b));
  }

  /** Takes an article out of its event (deleted, or moved after "not the same event"). */
  forget(articleId: number): void {
    const event = this.event(articleId);
    if (event !== undefined)
      this.members.set(
        event,
        this.membersOf(event).filter((id) => id !== articleId),
      );
    this.eventOf.delete(articleId);
  }

  private find(event: number): number {
    let root = event;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    for (let e = event; e !== root;) {
      const next = this.parent.get(e)!;
      this.parent.set(e, root);
      e = next;
    }
    return root;
  }

  /** Every article with its event, for storing beside the articles. */
  assignments(): [articleId: number, event: number][] {
    return [...this.eventOf.keys()].map((id) => [id, this.event(id)!]);
  }

  /** Rebuilds the clusters from stored assignments, without any matching. */
  static fromAssignments(assignments: Iterable<[number, number]>, apart: Iterable<[number, number]> = []): EventClusters {
    const clusters = new EventClusters();
    for (const [articleId, event] of assignments) {
      if (!clusters.parent.has(event)) {
        clusters.parent.set(event, event);
        clusters.members.set(event, []);
      }
      clusters.eventOf.set(articleId, event);
      clusters.members.get(event)!.push(articleId);
      clusters.nextEvent = Math.max(clusters.nextEvent, event + 1);
    }
    for (const [a, b] of apart) clusters.markApart(a, b);
    return clusters;
  }
}

const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
