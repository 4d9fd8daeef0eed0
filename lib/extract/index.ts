import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { cleanUrl, toHttpUrl } from './canonical-url';
import { readMetadata } from './metadata';
import { countWords, linkDensity, paragraphsOf, withoutBylines } from './paragraphs';
import type { ExtractionResult, NotArticleReason } from './types';

export type { ExtractedArticle, ExtractionResult, NotAnArticle, NotArticleReason, FieldSource } from './types';
export { cleanUrl, toHttpUrl } from './canonical-url';

const EXPLANATIONS: Record<NotArticleReason, string> = {
  'empty-document': 'The page has no text to read.',
  'not-readerable': 'This page does not look like an article.',
  'listing-page': 'This is a front page or a list of stories, not an article.',
  'too-short': 'The text on this page is too short to be an article.',
  'unsupported-url': 'Only web pages (http and https) are read.',
  'extraction-failed': 'The article text could not be read from this page.',
};

/**
 * Below this many words a "story" is a teaser, a video caption or an app screen —
 * unless the page declares itself an article: paywalled stories show only a lede.
 */
const MIN_WORDS = 120;
const MIN_WORDS_DECLARED = 40;
/** Teaser lists are mostly link text; articles rarely pass a fifth. */
const MAX_LINK_DENSITY = 0.5;

/**
 * Decides whether `doc` is a news or blog article and, if so, extracts it.
 * Never throws: bad pages come back as `NotAnArticle` with the reason.
 */
export function extractArticle(doc: Document, url: string): ExtractionResult {
  const started = performance.now();
  const notAnArticle = (reason: NotArticleReason): ExtractionResult => ({
    isArticle: false,
    url,
    reason,
    explanation: EXPLANATIONS[reason],
    ms: performance.now() - started,
  });
  try {
    const pageUrl = toHttpUrl(url);
    if (!pageUrl) return notAnArticle('unsupported-url');
    if (!doc.body || !doc.body.textContent?.trim()) return notAnArticle('empty-document');
    const meta = readMetadata(doc, pageUrl.href);
    if (pageUrl.pathname === '/' || pageUrl.pathname === '') return notAnArticle('listing-page');
    if (!meta.declaresArticle && !isProbablyReaderable(doc)) return notAnArticle('not-readerable');

    const parsed = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (node) => node as Element }).parse();
    if (!parsed?.content) return notAnArticle('extraction-failed');
    if (linkDensity(parsed.content) > MAX_LINK_DENSITY) return notAnArticle('listing-page');
    const paragraphs = withoutBylines(paragraphsOf(parsed.content), meta.authors);
    const wordCount = countWords(paragraphs);
    if (wordCount < (meta.declaresArticle ? MIN_WORDS_DECLARED : MIN_WORDS)) return notAnArticle('too-short');

    return {
      isArticle: true,
      url: cleanUrl(pageUrl.href) ?? pageUrl.href,
      canonicalUrl: meta.canonicalUrl,
      title: meta.title ?? parsed.title ?? '',
      outlet: meta.outlet,
      authors: meta.authors,
      publishedAt: meta.publishedAt,
      modifiedAt: meta.modifiedAt,
      lang: meta.lang ?? parsed.lang ?? null,
      excerpt: meta.description ?? parsed.excerpt ?? paragraphs[0] ?? '',
      paragraphs,
      wordCount,
      sources: meta.sources,
      ms: performance.now() - started,
    };
  } catch {
    return notAnArticle('extraction-failed');
  }
}
