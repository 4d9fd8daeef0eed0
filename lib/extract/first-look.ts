/**
 * The cheap first stage of extraction: is this page worth running Readability on?
 * Kept apart from the rest (and free of Readability's main module) so the content
 * script can decide on every page while the full extractor loads only for articles.
 */
import { toHttpUrl } from './canonical-url';
import { EXPLANATIONS, listingByUrl, looksReaderable, pageKind, sectionShapedUrl, type PageKind } from './detect';
import { TEXT_NODE, metaIndex } from './dom';
import { jsonLdFacts, type JsonLdFacts } from './json-ld';
import { scanPage, type PageScan } from './page-scan';
import type { NotAnArticle, NotArticleReason } from './types';

export type FirstLook =
  { reason: NotArticleReason } | { pageUrl: URL; scan: PageScan; facts: JsonLdFacts; meta: Map<string, string[]>; kind: PageKind };

/** Whether `doc` may hold an article, with what was read on the way; else why it cannot. Throws only on hostile pages (the caller catches). */
export function firstLook(doc: Document, url: string): FirstLook {
  const pageUrl = toHttpUrl(url);
  if (!pageUrl) return { reason: 'unsupported-url' };
  const shape = pageShape(doc);
  if (shape !== 'html') return { reason: shape === 'empty' ? 'empty-document' : 'not-html' };
  const scan = scanPage(doc);
  const facts = jsonLdFacts(scan.jsonLd);
  const meta = metaIndex(scan.metas);
  const kind = pageKind(meta, facts);
  if (listingByUrl(pageUrl) && !(kind.declaresArticle && pageUrl.pathname.length > 1)) return { reason: 'listing-page' };
  if (kind.listing) return { reason: 'listing-page' };
  if (!kind.declaresArticle && !looksReaderable(doc))
    return { reason: kind.video ? 'video-page' : sectionShapedUrl(pageUrl) ? 'listing-page' : 'not-readerable' };
  return { pageUrl, scan, facts, meta, kind };
}

/** The first look's verdict for the content script: why `doc` is no article, or null when the full extractor should read it. Never throws. */
export function notWorthExtracting(doc: Document, url: string): NotAnArticle | null {
  const started = performance.now();
  let reason: NotArticleReason;
  try {
    const look = firstLook(doc, url);
    if (!('reason' in look)) return null;
    reason = look.reason;
  } catch {
    reason = 'extraction-failed';
  }
  return { isArticle: false, url, reason, explanation: EXPLANATIONS[reason], ms: performance.now() - started };
}

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
