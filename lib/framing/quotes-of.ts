/**
 * The quotations of each prepared article, read once and shared by the voices, sources and
 * attribution analysers (a WeakMap, so a comparison's articles take their cache with them).
 */
import { quotes, type Quote } from '../text';
import type { Evidence, PreparedArticle } from './types';

const CACHE = new WeakMap<PreparedArticle, Quote[]>();

export function quotesOf(article: PreparedArticle): Quote[] {
  let found = CACHE.get(article);
  if (!found) {
    found = quotes(article.text, article.lang);
    CACHE.set(article, found);
  }
  return found;
}

/** The sentence or sentences holding a quotation and its attribution, as evidence. */
export function quoteEvidence(article: PreparedArticle, quote: Quote): Evidence {
  const { text, start, end } = quote.sentence;
  return { article: article.index, outlet: article.outlet, sentence: text, start, end };
}

/** Evidence without repeats: two quotations in one sentence are shown once. */
export function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const id = `${e.article}:${e.start}:${e.end}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu)?.length ?? 0;
}
