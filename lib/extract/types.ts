/** Where a metadata field was read from, so the UI and the benchmarks can tell a guess from a statement. */
export type FieldSource = 'json-ld' | 'open-graph' | 'meta' | 'html' | 'url' | 'readability' | 'none';

/**
 * A news or blog article as the page states it. Plain JSON on purpose: it crosses
 * the content-script → background boundary and is stored as it is.
 */
export interface ExtractedArticle {
  isArticle: true;
  /** The address the page was read at, tracking parameters removed. */
  url: string;
  canonicalUrl: string;
  title: string;
  outlet: string;
  authors: string[];
  /** ISO 8601 with zone, or null when the page does not say. */
  publishedAt: string | null;
  modifiedAt: string | null;
  lang: string | null;
  excerpt: string;
  paragraphs: string[];
  wordCount: number;
  sources: Partial<Record<'title' | 'outlet' | 'authors' | 'publishedAt' | 'canonicalUrl', FieldSource>>;
  /** Time the extraction took, in milliseconds. */
  ms: number;
}

export type NotArticleReason = 'empty-document' | 'not-readerable' | 'listing-page' | 'too-short' | 'unsupported-url' | 'extraction-failed';

export interface NotAnArticle {
  isArticle: false;
  url: string;
  reason: NotArticleReason;
  /** The same reason in words a reader understands. */
  explanation: string;
  ms: number;
}

export type ExtractionResult = ExtractedArticle | NotAnArticle;
