import { groupOf } from './doc-pages';
import { TrackedMap } from './tracked-map';
import type { Match } from './types';

/**
 * Every article's match list. After a restart a stored group's lists stay the
 * JSON they were read as until one of its articles is asked for: parsing them
 * all (hundreds of thousands of objects at 50k articles) was a large part of a
 * restore, and a save needs the lists of a few groups. The stored index checks
 * each group's JSON against its hash when loading, so a deferred parse cannot fail.
 */
export class MatchLists extends TrackedMap<number, Match[]> {
  /** Stored groups not parsed yet: JSON of [article id, matches][], of the group or of each of its pages. */
  private readonly deferred = new Map<number, string[]>();

  /** Keeps stored lists of the articles of a group, to be parsed at the first call that names one of them. */
  defer(group: number, json: string): void {
    const known = this.deferred.get(group);
    if (known) known.push(json);
    else this.deferred.set(group, [json]);
  }

  override get(id: number): Match[] | undefined {
    this.settle(id);
    return super.get(id);
  }

  override has(id: number): boolean {
    this.settle(id);
    return super.has(id);
  }

  override set(id: number, matches: Match[]): this {
    // The constructor of Map calls set before this class's fields exist.
    if (this.deferred) this.settle(id);
    return super.set(id, matches);
  }

  override delete(id: number): boolean {
    this.settle(id);
    return super.delete(id);
  }

  override clear(): void {
    this.settleAll();
    super.clear();
  }

  override get size(): number {
    this.settleAll();
    return super.size;
  }

  override forEach(visit: (matches: Match[], id: number, map: Map<number, Match[]>) => void, self?: unknown): void {
    this.settleAll();
    super.forEach(visit, self);
  }

  override entries(): MapIterator<[number, Match[]]> {
    this.settleAll();
    return super.entries();
  }

  override keys(): MapIterator<number> {
    this.settleAll();
    return super.keys();
  }

  override values(): MapIterator<Match[]> {
    this.settleAll();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[number, Match[]]> {
    return this.entries();
  }

  private settle(id: number): void {
    if (this.deferred.size > 0) this.settleGroup(groupOf(id));
  }

  private settleGroup(group: number): void {
    const stored = this.deferred.get(group);
    if (stored === undefined) return;
    this.deferred.delete(group);
    // Straight into the map: a restored list is not a change to write back.
    for (const json of stored)
      for (const [article, matches] of JSON.parse(json) as [number, Match[]][]) Map.prototype.set.call(this, article, matches);
  }

  private settleAll(): void {
    for (const group of [...this.deferred.keys()]) this.settleGroup(group);
  }
}
