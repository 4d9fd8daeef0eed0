// The readerable check's own module: the package index would bring all of Readability into the content script.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { metaFrom } from './dom';
import { detectLanguage, normaliseLang } from './language';
import type { JsonLdFacts } from './json-ld';
import type { NotArticleReason } from './types';

/**
 * Path shapes of listings on news sites and blogs: tag, topic, category,
 * author and search pages, archives by date, pagination of fronts.
 */
const LISTING_PATH =
  /^\/(?:[\w-]+\/)?(?:tags?|topics?|themen|thema|category|categories|categorie|rubrique|section|sections|author|authors|autor|search|suche|recherche|archives?)(?:\/[^/]+)?\/?(?:page\/\d+\/?)?$/i;
const SEARCH_PARAMS = ['q', 's', 'query', 'search', 'keyword', 'keywords'];

/** Why the page's address alone says it is a listing, or null. */
export function listingByUrl(url: URL): boolean {
  const path = url.pathname.replace(/\/index\.\w+$/, '/');
  if (path === '/' || path === '') return true;
  // "/topics/alert-2019.html" is a story filed under a topic; "/topics/energy/" lists them.
  if (LISTING_PATH.test(path) && !/\.[a-z]{2,5}$/i.test(path)) return true;
  return SEARCH_PARAMS.some((name) => url.searchParams.has(name)) && /search|suche|recherche/i.test(path + url.search);
}

/** "/sport/", "/world-news/": a site section's front page, when the page is not an article. */
export function sectionShapedUrl(url: URL): boolean {
  const segments = url.pathname.split('/').filter(Boolean);
  return segments.length === 1 && !/\.\w{2,5}$/.test(segments[0]!) && segments[0]!.split(/[-_]/).length <= 2;
}

/**
 * Chinese, Japanese and Korean say in 50 characters what English says in 140:
 * Readability's readerable test counts characters, so a CJK article of short
 * paragraphs fails it. Its thresholds are 140 characters a paragraph and a score of 20.
 */
const CJK_READERABLE = { minContentLength: 50, minScore: 20 };

/** Readability's readerable test, with thresholds scaled for pages written in CJK scripts. */
export function looksReaderable(doc: Document): boolean {
  if (isProbablyReaderable(doc)) return true;
  const lang = normaliseLang(doc.documentElement?.getAttribute('lang')) ?? detectLanguage(doc.title ?? '');
  return (lang === 'ja' || lang === 'zh' || lang === 'ko') && isProbablyReaderable(doc, CJK_READERABLE);
}

export interface PageKind {
  declaresArticle: boolean;
  listing: boolean;
  video: boolean;
}

/** What the page says it is: schema.org types and Open Graph's og:type. */
export function pageKind(meta: Map<string, string[]>, facts: JsonLdFacts): PageKind {
  const ogType = (metaFrom(meta, 'og:type') ?? '').toLowerCase();
  return {
    declaresArticle: facts.article !== null || ogType === 'article' || ogType.endsWith(':article'),
    listing: facts.article === null && facts.listing,
    video: ogType.startsWith('video') || (facts.video && facts.article === null),
  };
}

export const EXPLANATIONS: Record<NotArticleReason, string> = {
  'empty-document': 'The page has no text to read.',
  'not-html': 'This is not a web page but a file of another kind.',
  'not-readerable': 'This page does not look like an article.',
  'listing-page': 'This is a front page or a list of stories, not an article.',
  'video-page': 'This page is a video with little text, not an article.',
  'too-short': 'The text on this page is too short to be an article.',
  'unsupported-url': 'Only web pages (http and https) are read.',
  'extraction-failed': 'The article text could not be read from this page.',
};
