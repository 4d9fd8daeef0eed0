import { describe, expect, it } from 'vitest';
import { quoteSpans } from './quote-spans';
import { firstOpenFrom, insideSpan, lastClosedBy } from './span-search';

const text = 'He said “we will rebuild the bridge” and then “we will not wait for anyone” before leaving.';
const spans = quoteSpans(text);
const scan = {
  inside: (offset: number) => spans.some((s) => offset >= s.open && offset < s.close),
  lastClosed: (offset: number) => spans.filter((s) => s.close <= offset).at(-1),
  firstOpen: (offset: number) => spans.find((s) => s.open >= offset),
};

describe('span search', () => {
  it('finds the two quotations of the sample', () => {
    expect(spans).toHaveLength(2);
  });

  it('answers as a scan of every span does, at every offset', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      expect(insideSpan(spans, offset), `inside at ${offset}`).toBe(scan.inside(offset));
      expect(lastClosedBy(spans, offset), `last closed at ${offset}`).toBe(scan.lastClosed(offset));
      expect(firstOpenFrom(spans, offset), `first open at ${offset}`).toBe(scan.firstOpen(offset));
    }
  });

  it('counts the opening mark as inside and the offset past the closing mark as outside', () => {
    const [first] = spans;
    expect(insideSpan(spans, first!.open)).toBe(true);
    expect(insideSpan(spans, first!.close)).toBe(false);
  });

  it('finds nothing in a text without quotations', () => {
    expect(insideSpan([], 3)).toBe(false);
    expect(lastClosedBy([], 3)).toBeUndefined();
    expect(firstOpenFrom([], 3)).toBeUndefined();
  });
});
