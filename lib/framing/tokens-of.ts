/** Each sentence's word tokens, read once per comparison for every analyser that reads words. */
import { tokenize } from '../text';
import { oncePer } from './once-per';
import type { PreparedArticle } from './types';

/**
 * The article's tokens numbered: each distinct token once, in order of first use. Work per
 * word (a stem, a feature) is then done once per distinct word and looked up by number,
 * instead of hashing every one of the article's thousands of tokens again in each analyser.
 * Tokens are numbered as each sentence is read: the article's thousands of token strings
 * die young, and only one string per distinct word is kept for the comparison.
 */
export interface Vocabulary {
  /** The distinct tokens (see lib/text tokenize), in order of first use. */
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
  const sentences = article.sentences.map((sentence, index) => {
    const tokens = tokenize(sentence.text);
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      let id = numbers.get(token);
      if (id === undefined) {
        id = words.length;
        numbers.set(token, id);
        words.push(token);
        firstSentence.push(index);
      }
      ids[i] = id;
    }
    return ids;
  });
  return { words, firstSentence, sentences };
});

/** The lower-case tokens of `article.sentences[index]` (see lib/text tokenize). */
export function sentenceTokens(article: PreparedArticle, index: number): string[] {
  const { words, sentences } = vocabularyOf(article);
  const ids = sentences[index]!;
  const tokens = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i++) tokens[i] = words[ids[i]!]!;
  return tokens;
}
