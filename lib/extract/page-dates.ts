import { bySelectorPriority, clean, metaFrom } from './dom';
import { dateInUrl, parseDate as parseAnyDate } from './dates';
import { jsonLdString, type JsonObject } from './json-ld';
import type { FieldSource } from './types';

/** Meta names that carry the first publication time, most specific first (Open Graph, Parse.ly, Sailthru, Dublin Core, CMS defaults). */
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'article.published',
  'published_time',
  'published-date',
  'publish-date',
  'publishdate',
  'publish_date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'cxenseparse:recs:publishtime',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'article_date_original',
  'original-publish-date',
  'published_at',
  'date',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:article:modified_time',
  'og:updated_time',
  'datemodified',
  'dc.date.modified',
  'dcterms.modified',
  'lastmod',
];

/** The page's language decides how zone-less dates are read (see `offsetForLanguage`). */
let pageLang: string | null = null;
const parseDate = (raw: string | null | undefined) => parseAnyDate(raw, pageLang);

/** Headers, navigation and footers of the *site* print today's date or other stories' dates. */
const SITE_CHROME =
  'nav, footer, aside, [role="banner"], [role="navigation"], [role="contentinfo"], [class*="related"], [class*="comment"]';

function siteChrome(el: Element): boolean {
  if (el.closest(SITE_CHROME)) return true;
  const header = el.closest('header');
  return header !== null && header.closest('article, main, [role="main"]') === null && header.querySelector('h1') === null;
}

function elementDate(el: Element): string | null {
  for (const attr of ['datetime', 'content', 'data-published', 'data-datetime', 'data-timestamp', 'title']) {
    const date = parseDate(el.getAttribute(attr));
    if (date) return date;
  }
  return parseDate(clean(el.textContent));
}

/** Dates the page marks up as publication dates: microdata, <time pubdate>, then any <time> in the article. */
function markedUpDate(doc: Document): string | null {
  const selectors = [
    '[itemprop="datePublished"]',
    'time[pubdate]',
    'article time, main time, [role="main"] time',
    '[data-published]',
    '[class*="publish"], [class*="pubdate"], [class*="pub-date"], [class*="dateline"], [class*="post-date"], [class*="entry-date"]',
    'time',
    // Last: any element classed as a date, as long as it holds nothing but the date.
    '[class*="date"]:not([class*="update"]):not([class*="modif"])',
  ];
  const groups = bySelectorPriority(doc, selectors);
  for (const [index, group] of groups.entries()) {
    for (const el of group) {
      if (siteChrome(el) && index > 0) continue;
      if (index === selectors.length - 1 && clean(el.textContent).length > 60) continue;
      const date = elementDate(el);
      if (date) return date;
    }
  }
  return null;
}

/** A date that is the whole text of an element: a dateline, not a date inside a sentence. */
const DATE_ONLY = /^[^.!?]{0,30}\d{1,4}[^.!?]{0,40}$/;

/**
 * The visible dateline near the headline ("December 16, 2016, 4:19 PM"), for
 * pages that mark nothing up. Looking only around the story's heading skips the
 * site header, which prints today's date.
 */
function datelineNearHeadline(doc: Document): string | null {
  let scope: Element | null = doc.querySelector('article h1, main h1, [role="main"] h1') ?? doc.querySelector('h1');
  for (let level = 0; scope && level < 4; level++) {
    scope = scope.parentElement;
    if (!scope) break;
    for (const el of [...scope.querySelectorAll('time, span, div, p, small, li, em, dd, dt')].slice(0, 300)) {
      if (el.children.length > 2 || siteChrome(el)) continue;
      const text = clean(el.textContent);
      if (text.length < 6 || text.length > 80 || !DATE_ONLY.test(text)) continue;
      const date = parseDate(text);
      if (date) return date;
    }
  }
  return null;
}

/** Parse.ly's JSON meta tag (`parsely-page`) carries `pub_date`. */
function parselyDate(meta: Map<string, string[]>): string | null {
  const raw = metaFrom(meta, 'parsely-page');
  if (!raw) return null;
  try {
    const value = (JSON.parse(raw) as Record<string, unknown>)['pub_date'];
    return typeof value === 'string' ? parseDate(value) : null;
  } catch {
    return null;
  }
}

function firstParsed(meta: Map<string, string[]>, keys: string[]): string | null {
  for (const key of keys) {
    for (const value of meta.get(key) ?? []) {
      const date = parseDate(value);
      if (date) return date;
    }
  }
  return null;
}

export function publishedDate(
  doc: Document,
  meta: Map<string, string[]>,
  article: JsonObject | null,
  url: string,
  lang: string | null,
): [string | null, FieldSource] {
  pageLang = lang;
  const candidates: [() => string | null, FieldSource][] = [
    [() => parseDate(jsonLdString(article, 'datePublished') ?? jsonLdString(article, 'dateCreated')), 'json-ld'],
    [() => firstParsed(meta, PUBLISHED_META) ?? parselyDate(meta), 'meta'],
    [() => markedUpDate(doc), 'html'],
    [() => datelineNearHeadline(doc), 'html'],
    [() => dateInUrl(url), 'url'],
  ];
  for (const [read, source] of candidates) {
    const date = read();
    if (date) return [date, source];
  }
  return [null, 'none'];
}

export function modifiedDate(doc: Document, meta: Map<string, string[]>, article: JsonObject | null, lang: string | null): string | null {
  pageLang = lang;
  const microdata = doc.querySelector('[itemprop="dateModified"]');
  return (
    parseDate(jsonLdString(article, 'dateModified')) ?? firstParsed(meta, MODIFIED_META) ?? (microdata ? elementDate(microdata) : null)
  );
}
