/** Each sentence's word tokens, split once per comparison for every analyser that reads words. */
import { tokenize } from '../text';
import { oncePer } from './once-per';
import type { PreparedArticle } from './types';

/** `tokensOf(article)[i]` are the lower-case tokens of `article.sentences[i]` (see lib/text tokenize). */
export const tokensOf = oncePer((article: PreparedArticle): string[][] => article.sentences.map((s) => tokenize(s.text)));

/**
 * The article's tokens numbered: each distinct token once, in order of first use. Work per
 * word (a stem, a feature) is then done once per distinct word and looked up by number,
 * instead of hashing every one of the article's thousands of tokens again in each analyser.
 */
export interface Vocabulary {
  /** The distinct tokens, in order of first use. */
  words: string[];
  /** `firstSentence[w]`: the first sentence that uses `words[w]`. */
  firstSentence: number[];
  /** `sentences[i]`: the token numbers of `article.sentences[i]`, in reading order. */
  sentences: Int32Array[];
}

export const vocabularyOf = oncePer((article: PreparedArticle): Vocabulary => {
  const numbers = new Map<string, number>();
  const words: string[] = [];
  const firstSentence: number[] = [];
  const sentences = tokensOf(article).map((tokens, index) => {
    const ids = new Int32Array(tokens.length);
    tokens.forEach((token, i) => {
      let id = numbers.get(token);
      if (id === undefined) {
        id = words.length;
        numbers.set(token, id);
        words.push(token);
        firstSentence.push(index);
      }
      ids[i] = id;
    });
    return ids;
  });
  return { words, firstSentence, sentences };
});
