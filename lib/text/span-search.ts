/**
 * Binary searches over quotation spans (quote-spans.ts), which come in reading order and
 * never overlap: the quotation readers ask "inside a quotation?" for every word, and a
 * scan of every span per word made that quadratic in long, quote-heavy articles.
 */
import type { QuoteSpan } from './quote-spans';

/** Index of the first span whose `key` is at least `offset` (spans.length when none is). */
function firstFrom(spans: readonly QuoteSpan[], offset: number, key: 'open' | 'close'): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![key] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `offset` lies in [open, close) of a span. */
export function insideSpan(spans: readonly QuoteSpan[], offset: number): boolean {
  // The last span opening at or before `offset` is the only one that can hold it.
  const span = spans[firstFrom(spans, offset + 1, 'open') - 1];
  return span !== undefined && offset < span.close;
}

/** The last span that closes at or before `offset`. */
export function lastClosedBy(spans: readonly QuoteSpan[], offset: number): QuoteSpan | undefined {
  return spans[firstFrom(spans, offset + 1, 'close') - 1];
}

/** The first span that opens at or after `offset`. */
export function firstOpenFrom(spans: readonly QuoteSpan[], offset: number): QuoteSpan | undefined {
  return spans[firstFrom(spans, offset, 'open')];
}
