import { clean, closestWhere, descendantsWhere, hasDescendant, metaFrom } from './dom';
import { DATE_KINDS, type PageScan } from './page-scan';
import { datelineBeforeText } from './dateline-before-text';
import { dateInUrl, parseDate as parseAnyDate, zoneLanguage } from './dates';
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
  // Less common names seen on real pages (Telegraph, NYT, Gannett, Cxense, schema.org as meta), before the bare "date".
  // Not News Corp's "article:publicationdate": it holds the update time, in Java's form, with Australia's "EST" (UTC+10/11).
  'og:pubdate',
  'og:datepublished',
  'iso-8601-publish-date',
  'dcsext.articlefirstpublished',
  'cxenseparse:publishtime',
  'pub_date',
  'publish_time',
  'pdate',
  'displaydate',
  'article.created',
  'created-date',
  'datecreated',
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
const CHROME_TAGS = new Set(['nav', 'footer', 'aside']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo']);

const inArticle = (el: Element) =>
  closestWhere(el, (node, tag) => tag === 'article' || tag === 'main' || node.getAttribute('role') === 'main') !== null;

/** An <aside> in the article with a line or two of text is the story's own meta column (section, date, reading time), not a rail. */
const metaColumn = (el: Element, tag: string) => tag === 'aside' && inArticle(el) && clean(el.textContent).length <= 200;

function siteChrome(el: Element): boolean {
  let header: Element | null = null;
  const chrome = closestWhere(el, (node, tag, cls) => {
    if (tag === 'header') header ??= node;
    return (
      (CHROME_TAGS.has(tag) && !metaColumn(node, tag)) ||
      CHROME_ROLES.has(node.getAttribute('role') ?? '') ||
      cls.includes('related') ||
      cls.includes('comment')
    );
  });
  if (chrome) return true;
  const found = header as Element | null;
  return found !== null && !inArticle(found) && !hasDescendant(found, (_, tag) => tag === 'h1');
}

function elementDate(el: Element): string | null {
  for (const attr of ['datetime', 'content', 'data-published', 'data-datetime', 'data-timestamp', 'title']) {
    const date = parseDate(el.getAttribute(attr));
    if (date) return date;
  }
  return parseDate(clean(el.textContent));
}

/** Dates the page marks up as publication dates: microdata, <time pubdate>, then any <time> in the article (`DATE_KINDS`). */
function markedUpDate(scan: PageScan): string | null {
  for (const [index, group] of scan.dates.entries()) {
    for (const el of group) {
      if (index > 0 && siteChrome(el)) continue;
      // Last: any element classed as a date, as long as it holds nothing but the date.
      if (index === DATE_KINDS.length - 1 && clean(el.textContent).length > 60) continue;
      const date = elementDate(el);
      if (date) return date;
    }
  }
  return null;
}

const DATELINE_TAGS = new Set(['time', 'span', 'div', 'p', 'small', 'li', 'em', 'dd', 'dt']);

/** A date that is the whole text of an element: a dateline, not a date inside a sentence. */
const DATE_ONLY = /^[^.!?]{0,30}\d{1,4}[^.!?]{0,40}$/;
/** Dots that end no sentence: German ordinals ("25. September"), month and time abbreviations ("Dec.", "p.m."). */
const dateOnly = (text: string) =>
  DATE_ONLY.test(text.replace(/(\d|\b[ap]\.m|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\./gi, '$1'));

/**
 * The visible dateline near the headline ("December 16, 2016, 4:19 PM"), for
 * pages that mark nothing up. Looking only around the story's heading skips the
 * site header, which prints today's date.
 */
function datelineNearHeadline(scan: PageScan): string | null {
  let scope: Element | null = scan.storyH1;
  for (let level = 0; scope && level < 4; level++) {
    scope = scope.parentElement;
    // The whole page is not "near the headline": its header prints today's date.
    if (!scope || scope.tagName.toLowerCase() === 'body' || scope.tagName.toLowerCase() === 'html') break;
    for (const el of descendantsWhere(scope, (_, tag) => DATELINE_TAGS.has(tag), 300)) {
      if (elementChildren(el) > 2 || siteChrome(el)) continue;
      const text = clean(el.textContent);
      if (text.length < 6 || text.length > 80 || !dateOnly(text)) continue;
      const date = parseDate(text);
      if (date) return date;
    }
  }
  return null;
}

/** Child elements other than line breaks: "Updated:<br>2019年4月2日<br>Security Center" is one short block. */
function elementChildren(el: Element): number {
  let count = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (child.tagName.toLowerCase() !== 'br') count++;
  return count;
}

/** A byline that carries the date: "Written by A in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments". */
function bylineDate(scan: PageScan): string | null {
  for (const group of scan.bylines) {
    for (const el of group) {
      const text = clean(el.textContent);
      if (text.length > 200 || !/\d{4}/.test(text) || siteChrome(el)) continue;
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
  scan: PageScan,
  meta: Map<string, string[]>,
  article: JsonObject | null,
  url: string,
  lang: string | null,
  datelines: string[] = [],
  body: Element | null = null,
): [string | null, FieldSource] {
  pageLang = zoneLanguage(lang, url);
  const candidates: [() => string | null, FieldSource][] = [
    [() => parseDate(jsonLdString(article, 'datePublished') ?? jsonLdString(article, 'dateCreated')), 'json-ld'],
    [() => firstParsed(meta, PUBLISHED_META) ?? parselyDate(meta), 'meta'],
    [() => markedUpDate(scan), 'html'],
    [() => datelineNearHeadline(scan), 'html'],
    [() => bylineDate(scan), 'html'],
    [() => dateInUrl(url), 'url'],
    // Then a line of the article that is only a date, for pages that mark nothing up and print the date in the text.
    [() => datelines.map(parseDate).find(Boolean) ?? null, 'text'],
    [() => datelineBeforeText(body, parseDate), 'html'],
  ];
  for (const [read, source] of candidates) {
    const date = read();
    if (date) return [date, source];
  }
  return [null, 'none'];
}

export function modifiedDate(scan: PageScan, meta: Map<string, string[]>, article: JsonObject | null, lang: string | null): string | null {
  pageLang = lang;
  const microdata = scan.dateModified;
  return (
    parseDate(jsonLdString(article, 'dateModified')) ?? firstParsed(meta, MODIFIED_META) ?? (microdata ? elementDate(microdata) : null)
  );
}
