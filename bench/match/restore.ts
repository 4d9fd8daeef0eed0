import shippedBackground from '../../lib/match/background.json';
import { Matcher } from '../../lib/match/matcher';
import { IndexWriter, loadIndex } from '../../lib/match/snapshot';

/**
 * A matcher brought back from the rows its stored index would have, as a
 * worker restart brings it back from IndexedDB (whose values are structured
 * clones): the padding goes on with it, so the fingerprint of every match
 * covers the restored index too.
 */
export function restoredCopy(matcher: Matcher): { matcher: Matcher; ms: number } {
  const rows = structuredClone(new IndexWriter(matcher, shippedBackground).all());
  const coverage = { lastId: matcher.index.docs.lastId() };
  const started = performance.now();
  const copy = new Matcher(matcher.model);
  loadIndex(copy, rows, coverage, [], shippedBackground);
  return { matcher: copy, ms: performance.now() - started };
}
