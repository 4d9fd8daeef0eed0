/** Splits each article once, so every analyser reads the same sentences and offsets. */
import { splitSentences } from '../text';
import type { FramingArticle, PreparedArticle } from './types';

export function prepareArticles(articles: readonly FramingArticle[]): PreparedArticle[] {
  return articles.map((article, index) => {
    const textSentences = splitSentences(article.text);
    return { ...article, index, sentences: textSentences.filter((sentence) => /\p{L}/u.test(sentence.text)), textSentences };
  });
}
