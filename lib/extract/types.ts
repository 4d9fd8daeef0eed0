/**
 * Where a metadata field was read from, so the UI and the benchmarks can tell a
 * statement from a guess: `text` means detected from the article text itself.
 */
export type FieldSource = 'json-ld' | 'open-graph' | 'meta' | 'html' | 'url' | 'readability' | 'text' | 'none';

export const SOURCED_FIELDS = [
  'title',
  'outlet',
  'authors',
  'publishedAt',
  'canonicalUrl',
  'lang',
  'section',
  'excerpt',
  'imageUrl',
] as const;
export type SourcedField = (typeof SOURCED_FIELDS)[number];

/** Signs that the page shows only part of its article. */
export interface PaywallHints {
  /** schema.org `isAccessibleForFree: false`. */
  declared: boolean;
  /** The body stops short: a subscribe prompt where the text ends, or far fewer words than the page claims. */
  truncated: boolean;
}

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
  /** ISO 8601 in UTC, or null when the page does not say. */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** ISO 639-1 where there is one ("en", "de"), or null. */
  lang: string | null;
  section: string | null;
  /** The page's own description, else the first paragraph. */
  excerpt: string;
  /** Lead image, http(s) only. */
  imageUrl: string | null;
  /** Clean text blocks in reading order: NFC, single spaces, no boilerplate. */
  paragraphs: string[];
  /** The article body as sanitized HTML, for display only. */
  html: string;
  wordCount: number;
  paywall: PaywallHints;
  sources: Partial<Record<SourcedField, FieldSource>>;
  /** Time the extraction took, in milliseconds. */
  ms: number;
}

export type NotArticleReason =
  'empty-document' | 'not-html' | 'not-readerable' | 'listing-page' | 'video-page' | 'too-short' | 'unsupported-url' | 'extraction-failed';

export interface NotAnArticle {
  isArticle: false;
  url: string;
  reason: NotArticleReason;
  /** The same reason in words a reader understands. */
  explanation: string;
  ms: number;
}

export type ExtractionResult = ExtractedArticle | NotAnArticle;
