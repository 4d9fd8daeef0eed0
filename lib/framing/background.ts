/**
 * The shipped word counts that word choice uses as its prior when the reader's own history
 * is not given: SUBTLEX-US, 15,000 most frequent content words (bench/framing/build-background.ts).
 */
import table from './background.json';
import type { BackgroundCounts } from './types';

let decoded: BackgroundCounts | null = null;

export function defaultBackground(): BackgroundCounts {
  if (decoded) return decoded;
  // No prototype: a word like "constructor" must not find Object's.
  const counts = Object.create(null) as Record<string, number>;
  const parts = table.words.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) counts[parts[i]!] = Number(parts[i + 1]);
  decoded = { total: table.total, counts };
  return decoded;
}
