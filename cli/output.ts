import type { ExtractionResult } from '../lib/extract';

/**
 * The CLI's JSON shape, documented in cli/README.md. Stable on purpose: the
 * benchmarks and later subcommands read it. Fields are always present (null
 * when unknown) so a consumer never has to test for their existence.
 */
export interface ExtractOutput {
  isArticle: boolean;
  reason: string | null;
  explanation: string | null;
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  outlet: string | null;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  lang: string | null;
  section: string | null;
  excerpt: string | null;
  imageUrl: string | null;
  paragraphs: string[];
  text: string;
  wordCount: number;
  paywall: { declared: boolean; truncated: boolean } | null;
  sources: Record<string, string>;
  ms: number;
}

export function toOutput(result: ExtractionResult): ExtractOutput {
  const ms = Math.round(result.ms * 100) / 100;
  if (!result.isArticle) {
    return {
      isArticle: false,
      reason: result.reason,
      explanation: result.explanation,
      url: result.url,
      canonicalUrl: null,
      title: null,
      outlet: null,
      authors: [],
      publishedAt: null,
      modifiedAt: null,
      lang: null,
      section: null,
      excerpt: null,
      imageUrl: null,
      paragraphs: [],
      text: '',
      wordCount: 0,
      paywall: null,
      sources: {},
      ms,
    };
  }
  return {
    isArticle: true,
    reason: null,
    explanation: null,
    url: result.url,
    canonicalUrl: result.canonicalUrl,
    title: result.title,
    outlet: result.outlet,
    authors: result.authors,
    publishedAt: result.publishedAt,
    modifiedAt: result.modifiedAt,
    lang: result.lang,
    section: result.section,
    excerpt: result.excerpt,
    imageUrl: result.imageUrl,
    paragraphs: result.paragraphs,
    text: result.paragraphs.join('\n\n'),
    wordCount: result.wordCount,
    paywall: result.paywall,
    sources: result.sources as Record<string, string>,
    ms,
  };
}

/** A line for an input that could not be read at all (missing file, malformed JSONL). */
export function failedOutput(url: string, message: string): ExtractOutput & { error: string } {
  return {
    ...toOutput({ isArticle: false, url, reason: 'extraction-failed', explanation: message, ms: 0 }),
    error: message,
  };
}
