/** Evidence for an offset: the prepared sentence that holds it. */
import { evidenceOf } from './evidence';
import type { Evidence, PreparedArticle } from './types';

export function evidenceAt(article: PreparedArticle, offset: number): Evidence | null {
  const sentence = article.sentences.find((s) => offset >= s.start && offset < s.end);
  return sentence ? evidenceOf(article, sentence) : null;
}
