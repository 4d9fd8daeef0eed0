/**
 * Hedges: the words with which a writer keeps a distance from what they report
 * ("reportedly", "allegedly", "it is believed", "appears to", "so-called"). Only the
 * writer's own words count: a hedge inside a quotation is the speaker's.
 */
import { quoteSpans, type QuoteSpan } from './quote-spans';
import { insideSpan } from './span-search';

export interface Hedge {
  /** The hedge as a lower-case lemma-like phrase, for counting: "reportedly", "appear to". */
  phrase: string;
  start: number;
  end: number;
}

const HEDGES: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/\b(reportedly|allegedly|purportedly|supposedly|apparently|ostensibly|seemingly|so-called)\b/gi, (m) => m[1]!.toLowerCase()],
  [/\b(?:is|are|was|were)\s(believed|thought|understood|said|alleged|rumou?red)\sto\b/gi, (m) => `${m[1]!.toLowerCase()} to`],
  [/\bit\s(?:is|was)\s(believed|thought|understood|alleged|rumou?red)\b/gi, (m) => `it is ${m[1]!.toLowerCase()}`],
  [/\b(?:appears?|appeared|seems?|seemed)\sto\b/gi, (m) => (/^a/i.test(m[0]) ? 'appear to' : 'seem to')],
  [/\bunconfirmed\sreports?\b/gi, 'unconfirmed reports'],
  [/\b(?:the|an?|his|her|their)\s(alleged)\s/gi, 'alleged'],
];

/** Hedges in the writer's own words, in reading order. `quoted`: the text's quotation spans, when the caller has them. */
export function hedges(text: string, quoted: readonly QuoteSpan[] = quoteSpans(text)): Hedge[] {
  const inQuote = (offset: number) => insideSpan(quoted, offset);
  const out: Hedge[] = [];
  for (const [pattern, phrase] of HEDGES) {
    for (const m of text.matchAll(pattern)) {
      if (inQuote(m.index)) continue;
      out.push({ phrase: typeof phrase === 'string' ? phrase : phrase(m as RegExpExecArray), start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start).filter((h, i, all) => i === 0 || h.start >= all[i - 1]!.end);
}
