/** Each sentence's word tokens, split once per comparison for every analyser that reads words. */
import { tokenize } from '../text';
import type { PreparedArticle } from './types';

const cache = new WeakMap<PreparedArticle, string[][]>();

/** `tokensOf(article)[i]` are the lower-case tokens of `article.sentences[i]` (see lib/text tokenize). */
export function tokensOf(article: PreparedArticle): string[][] {
  let tokens = cache.get(article);
  if (!tokens) {
    tokens = article.sentences.map((s) => tokenize(s.text));
    cache.set(article, tokens);
  }
  return tokens;
}
