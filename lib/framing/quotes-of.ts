/**
 * The quotations of each prepared article, read once and shared by the voices, sources and
 * attribution analysers (a WeakMap, so a comparison's articles take their cache with them).
 */
import { quotes, type Quote } from '../text';
import { quoteSpans, type QuoteSpan } from '../text/quote-spans';
import { capitalsOf } from './capitals-of';
import { oncePer } from './once-per';
import type { PreparedArticle } from './types';

/** Where the article quotes word for word: for the quotation reader and for hedges outside quotations. */
export const quoteSpansOf = oncePer((article: PreparedArticle): QuoteSpan[] => quoteSpans(article.text));

export const quotesOf = oncePer((article: PreparedArticle): Quote[] =>
  quotes(article.text, article.lang, { sentences: article.textSentences, spans: quoteSpansOf(article), capitals: capitalsOf(article) }),
);
