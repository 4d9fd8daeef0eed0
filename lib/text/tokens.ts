/**
 * Word tokens and content terms: the vocabulary that event matching compares.
 */
import { stemmer } from 'stemmer';
import { foldAccents } from './normalize';
import { isStopWord, primaryLang, stopWordsFor } from './stop-words';

export { isStopWord };

/** Analysis reads at most this many words: enough for any article, bounded for a 2 MB paste. */
export const MAX_WORDS = 20_000;

/**
 * A number with thousands separators or a decimal point ("14,000", "2.5") stays one token;
 * otherwise letters, marks and digits, with inner apostrophes and hyphens kept ("don't",
 * "al-Assad", "12-year-old"). The separators are single characters outside the repeated
 * class, so the pattern is linear: no catastrophic backtracking on long runs.
 */
const TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['\u2019\u2010\u2011-][\p{L}\p{M}\p{N}]+)*/gu;

/** The word without a final possessive "'s" / "’s" (as `replace(/['\u2019]s$/, '')`, without a regex per word). */
export function withoutPossessive(word: string): string {
  return word.endsWith("'s") || word.endsWith('\u2019s') ? word.slice(0, -2) : word;
}

/** Lower-case word tokens in reading order, possessive "'s" removed ("Lavrov's" → "lavrov"). */
export function tokenize(text: string, limit = MAX_WORDS): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null && out.length < limit; m = TOKEN.exec(text)) {
    const token = m[0].toLowerCase();
    const plain = withoutPossessive(token);
    out.push(plain !== token ? plain : token.includes('\u2019') ? token.replace(/\u2019/g, "'") : token);
  }
  return out;
}

// Porter is deterministic and the vocabulary of a news corpus repeats heavily: caching
// stems makes the second and later articles several times cheaper to analyse.
const STEMS = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** The English Porter stem of a lower-case word; digits and hyphenated compounds keep their shape. */
export function stemEnglish(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    // Porter would treat "self-defense" as one odd word; stem the last part only.
    const hyphen = word.lastIndexOf('-');
    stem = /\d/.test(word) ? word : hyphen > 0 ? word.slice(0, hyphen + 1) + stemmer(word.slice(hyphen + 1)) : stemmer(word);
    if (STEMS.size >= STEM_CACHE_LIMIT) STEMS.clear();
    STEMS.set(word, stem);
  }
  return stem;
}

/**
 * Terms from tokens: stop words and one-character tokens dropped, accents folded, and
 * for English Porter-stemmed. Other languages are not stemmed (a wrong stemmer does more
 * harm than none) but lose their own stop words when the `stopword` package has a list.
 */
export function termsFromTokens(tokens: readonly string[], lang?: string | null): string[] {
  const termOf = termReader(lang);
  const out: string[] = [];
  for (const token of tokens) {
    const term = termOf(token);
    if (term !== undefined) out.push(term);
  }
  return out;
}

/**
 * The term of one token as {@link termsFromTokens} makes it, or undefined when it has none:
 * for callers that take terms word by word, the language is read once.
 */
export function termReader(lang?: string | null): (token: string) => string | undefined {
  const code = primaryLang(lang);
  const stop = stopWordsFor(code);
  const english = code === 'en';
  return (token) => {
    if (token.length < 2 || stop.has(token)) return undefined;
    const folded = foldAccents(token);
    return english ? stemEnglish(folded) : folded;
  };
}

/** Content terms of a text in reading order (with repeats): see {@link termsFromTokens}. */
export function contentTerms(text: string, lang?: string | null): string[] {
  return termsFromTokens(tokenize(text), lang);
}
