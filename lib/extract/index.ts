import { extractBody } from './body';
import { cleanUrl, toHttpUrl } from './canonical-url';
import { EXPLANATIONS, listingByUrl, looksReaderable, pageKind, sectionShapedUrl } from './detect';
import { TEXT_NODE, metaIndex } from './dom';
import { jsonLdFacts } from './json-ld';
import { readMetadata } from './metadata';
import { scanPage } from './page-scan';
import { countWords, withoutBylines } from './paragraphs';
import { isWallPrompt, looksTruncated } from './paywall';
import { normaliseText } from './text';
import type { ExtractionResult, NotArticleReason } from './types';

export type { ExtractedArticle, ExtractionResult, NotAnArticle, NotArticleReason, FieldSource, PaywallHints } from './types';
export { cleanUrl, toHttpUrl } from './canonical-url';

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

/**
 * Text or data the browser shows as a page (text/plain, JSON), or that a parser
 * could not make a tree of. linkedom's `body` getter throws on a document without
 * a root: every read of the tree here is guarded.
 */
function pageShape(doc: Document): 'html' | 'not-html' | 'empty' {
  const type = (doc as { contentType?: string }).contentType;
  const root = doc.documentElement;
  if (!root) {
    // A Document's own textContent is null: look at what the parser left at the top level.
    const text = [...doc.childNodes].map((node) => node.textContent ?? '').join('');
    return text.trim() ? 'not-html' : 'empty';
  }
  if (type && !/html|xml/i.test(type)) return 'not-html';
  if (root.tagName.toUpperCase() !== 'HTML') return 'not-html';
  const body = doc.body;
  // A frameset replaces <body> under <html>: look there, not through the whole tree.
  if (body?.tagName.toUpperCase() === 'FRAMESET' || [...root.children].some((child) => child.tagName.toUpperCase() === 'FRAMESET'))
    return 'empty';
  // Parsers disagree on odd markup: linkedom may hand out an empty <body> while the text sits
  // beside it under <html>. Readability reads from the root, so the root's text decides.
  if (!(body && hasText(body)) && !root.querySelector('p, div, article')) return 'empty';
  return body?.firstElementChild || root.querySelector('p, div, article') ? 'html' : 'not-html';
}

/** Whether any text node under `root` holds more than white space: `textContent` would join the whole page first. */
function hasText(root: Node): boolean {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE && (node.nodeValue ?? '').trim()) return true;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return false;
}

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
    const pageUrl = toHttpUrl(url);
    if (!pageUrl) return notAnArticle('unsupported-url');
    const shape = pageShape(doc);
    if (shape !== 'html') return notAnArticle(shape === 'empty' ? 'empty-document' : 'not-html');
    const scan = scanPage(doc);
    const facts = jsonLdFacts(scan.jsonLd);
    const meta = metaIndex(scan.metas);
    const kind = pageKind(meta, facts);
    if (listingByUrl(pageUrl) && !(kind.declaresArticle && pageUrl.pathname.length > 1)) return notAnArticle('listing-page');
    if (kind.listing) return notAnArticle('listing-page');
    if (!kind.declaresArticle && !looksReaderable(doc))
      return notAnArticle(kind.video ? 'video-page' : sectionShapedUrl(pageUrl) ? 'listing-page' : 'not-readerable');

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
