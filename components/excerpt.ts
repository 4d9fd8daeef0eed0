import type { Evidence, FramingArticle } from '@/lib/framing';

/** A sentence in its paragraph: the words before it, the sentence itself, the words after. */
export interface Excerpt {
  before: string;
  sentence: string;
  after: string;
}

/**
 * The paragraph around an evidence sentence, read from the stored article: offsets
 * index its text (paragraphs joined by a blank line), or its title. Null when the
 * stored article changed since the comparison (re-read) and the offsets no longer
 * point at the sentence: better the bare quote than the wrong words marked.
 */
export function excerptOf(article: FramingArticle, evidence: Evidence): Excerpt | null {
  const source = evidence.in === 'title' ? article.title : article.text;
  if (source.slice(evidence.start, evidence.end) !== evidence.sentence) return null;
  const from = evidence.in === 'title' ? 0 : source.lastIndexOf('\n\n', evidence.start) + 1;
  const breakAfter = source.indexOf('\n\n', evidence.end);
  const to = evidence.in === 'title' || breakAfter < 0 ? source.length : breakAfter;
  return {
    before: source.slice(from, evidence.start).trimStart(),
    sentence: evidence.sentence,
    after: source.slice(evidence.end, to).trimEnd(),
  };
}
