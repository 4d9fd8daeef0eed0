/** A Map that remembers which keys were set or deleted, so only their stored rows are rewritten. */
export class TrackedMap<K, V> extends Map<K, V> {
  private changed = new Set<K>();

  override set(key: K, value: V): this {
    // Map's constructor calls set before this class's fields exist.
    this.changed?.add(key);
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.changed.add(key);
    return super.delete(key);
  }

  override clear(): void {
    for (const key of this.keys()) this.changed.add(key);
    super.clear();
  }

  /** The keys changed since the last call, and forgets them. */
  takeChanged(): K[] {
    const changed = [...this.changed];
    this.changed = new Set();
    return changed;
  }
}
