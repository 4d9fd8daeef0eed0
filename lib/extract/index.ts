import { extractBody } from './body';
import { cleanUrl } from './canonical-url';
import { EXPLANATIONS } from './detect';
import { firstLook } from './first-look';
import { readMetadata } from './metadata';
import { countWords, withoutBylines } from './paragraphs';
import { isWallPrompt, looksTruncated } from './paywall';
import { normaliseText } from './text';
import type { ExtractionResult, NotArticleReason } from './types';

export type { ExtractedArticle, ExtractionResult, NotAnArticle, NotArticleReason, FieldSource, PaywallHints } from './types';
export { cleanUrl, toHttpUrl } from './canonical-url';
export { firstLook, type FirstLook } from './first-look';

/**
 * Below this many words a page is a teaser, a caption or an app screen. Pages get
 * here only when they declare themselves articles or Readability judges them
 * readerable, so short news items (40–120 words) are real stories: the
 * article-shaped address no longer needs to vouch for them.
 */
const MIN_WORDS = 40;
/**
 * Teaser lists are mostly link text across many links; articles rarely pass a
 * fifth. Short link-rich posts (a deals list, a link blog) pass when they say they are articles.
 */
const MAX_LINK_DENSITY = 0.5;
const MIN_TEASER_LINKS = 10;

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const sameText = (a: string, b: string) => letters(a) === letters(b);

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
    const look = firstLook(doc, url);
    if ('reason' in look) return notAnArticle(look.reason);
    const { pageUrl, scan, facts, meta, kind } = look;

    const body = extractBody(doc, pageUrl.href);
    if (!body) return notAnArticle(kind.video ? 'video-page' : 'extraction-failed');
    if (body.linkDensity > MAX_LINK_DENSITY && body.links >= MIN_TEASER_LINKS && !kind.declaresArticle) return notAnArticle('listing-page');
    const page = readMetadata(doc, scan, pageUrl.href, facts.article, meta, {
      byline: body.byline,
      text: body.paragraphs.join('\n'),
      datelines: body.datelines,
    });
    const title = normaliseText(page.title ?? body.title ?? '');
    // The headline repeated in the body (a second copy of the page, a print header) and the paywall's prompt are not text.
    const paragraphs = withoutBylines(body.paragraphs, page.authors).filter(
      (text) => !isWallPrompt(text) && !(title && sameText(text, title)),
    );
    const wordCount = countWords(paragraphs);
    if (wordCount < MIN_WORDS) return notAnArticle(kind.video ? 'video-page' : 'too-short');

    return {
      isArticle: true,
      url: cleanUrl(pageUrl.href) ?? pageUrl.href,
      canonicalUrl: page.canonicalUrl,
      title: title || paragraphs[0]!.slice(0, 200),
      outlet: normaliseText(page.outlet),
      authors: page.authors.map(normaliseText),
      publishedAt: page.publishedAt,
      modifiedAt: page.modifiedAt,
      lang: page.lang,
      section: page.section && normaliseText(page.section),
      excerpt: normaliseText(page.description ?? paragraphs[0]),
      imageUrl: page.imageUrl,
      paragraphs,
      html: body.html,
      wordCount,
      paywall: { declared: page.paywallDeclared, truncated: looksTruncated(scan.walls, body.paragraphs) },
      sources: page.sources,
      ms: performance.now() - started,
    };
  } catch {
    return notAnArticle('extraction-failed');
  }
}
