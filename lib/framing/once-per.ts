/**
 * `compute` run once per key — a prepared article, or a comparison's context — and shared by
 * every analyser that asks; a WeakMap, so the results go with the comparison.
 */
export function oncePer<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}
