import { getDomain, getDomainWithoutSuffix } from 'tldts';
import { cleanUrl } from './canonical-url';
import { clean, linkHref, metaContent } from './dom';
import { findArticleJsonLd, jsonLdNames, jsonLdString } from './json-ld';
import type { FieldSource } from './types';

export interface PageMetadata {
  title: string | null;
  outlet: string;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  canonicalUrl: string;
  lang: string | null;
  description: string | null;
  declaresArticle: boolean;
  sources: Record<'title' | 'outlet' | 'authors' | 'publishedAt' | 'canonicalUrl', FieldSource>;
}

type Found<T> = [T, FieldSource];

/** The first candidate that has a value, with where it came from. */
function first<T>(fallback: T, ...candidates: [T | null | undefined, FieldSource][]): Found<T> {
  for (const [value, source] of candidates) {
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) return [value, source];
  }
  return [fallback, 'none'];
}

/** ISO 8601 in UTC, or null for anything `Date` cannot read. */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const time = Date.parse(raw.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** "Ministers meet | The Harbor Ledger" → "Ministers meet", when the suffix names the site. */
export function stripSiteSuffix(title: string, outlet: string | null): string {
  const parts = title.split(/\s+[|–—·•]\s+|\s+-\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!.toLowerCase();
  const looksLikeSite = outlet ? outlet.toLowerCase().includes(last) || last.includes(outlet.toLowerCase()) : last.split(' ').length <= 3;
  return looksLikeSite ? parts.slice(0, -1).join(' - ') : title;
}

/** A readable name from the registrable domain: "www.harbor-ledger.co.uk" → "Harbor Ledger". */
export function outletFromUrl(url: string): string {
  const host = new URL(url).hostname;
  const name = getDomainWithoutSuffix(host) || host;
  return name
    .split(/[-_.]/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

/** A canonical URL on another site is a syndication pointer, not this page's identity. */
function sameSiteUrl(candidate: string | null, pageUrl: string): string | null {
  if (!candidate) return null;
  const site = (url: string) => getDomain(url) ?? new URL(url).hostname;
  return site(candidate) === site(pageUrl) ? candidate : null;
}

function splitAuthors(byline: string | null): string[] {
  if (!byline) return [];
  const withoutLead = byline.replace(/^\s*(by|von|par|por)\s+/i, '');
  return withoutLead
    .split(/\s*(?:,|\band\b|&|\|)\s*/i)
    .map(clean)
    .filter((name) => name && !/staff|reporter|correspondent|editor|\d/i.test(name));
}

function timeElementDate(doc: Document): string | null {
  const el = doc.querySelector('article time[datetime], time[itemprop="datePublished"], time[pubdate], time[datetime]');
  return toIsoDate(el?.getAttribute('datetime'));
}

function urlDate(url: string): string | null {
  const match = /\/(20\d\d)[/-](\d\d)[/-](\d\d)(?:\/|-|$)/.exec(new URL(url).pathname);
  return match ? toIsoDate(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`) : null;
}

export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const article = findArticleJsonLd(doc);
  const [outlet, outletSource] = first(
    outletFromUrl(pageUrl),
    [jsonLdNames(article?.['publisher'])[0], 'json-ld'],
    [metaContent(doc, 'og:site_name', 'application-name'), 'open-graph'],
    [null, 'url'],
  );
  const [rawTitle, titleSource] = first<string | null>(
    null,
    [jsonLdString(article, 'headline'), 'json-ld'],
    [metaContent(doc, 'og:title', 'twitter:title'), 'open-graph'],
    [clean(doc.querySelector('h1')?.textContent) || null, 'html'],
    [clean(doc.title) || null, 'html'],
  );
  const [authors, authorsSource] = first<string[]>(
    [],
    [jsonLdNames(article?.['author']), 'json-ld'],
    [splitAuthors(metaContent(doc, 'author', 'article:author')), 'meta'],
  );
  const [publishedAt, publishedSource] = first<string | null>(
    null,
    [toIsoDate(jsonLdString(article, 'datePublished')), 'json-ld'],
    [toIsoDate(metaContent(doc, 'article:published_time', 'datePublished', 'pubdate')), 'meta'],
    [timeElementDate(doc), 'html'],
    [urlDate(pageUrl), 'url'],
  );
  const [canonicalUrl, canonicalSource] = first(
    cleanUrl(pageUrl) ?? pageUrl,
    [sameSiteUrl(cleanUrl(linkHref(doc, 'canonical') ?? '', pageUrl), pageUrl), 'html'],
    [sameSiteUrl(cleanUrl(metaContent(doc, 'og:url') ?? '', pageUrl), pageUrl), 'open-graph'],
    [null, 'url'],
  );
  const ogType = metaContent(doc, 'og:type');
  return {
    title: rawTitle && stripSiteSuffix(rawTitle, outletSource === 'url' ? null : outlet),
    outlet,
    authors,
    publishedAt,
    modifiedAt: toIsoDate(jsonLdString(article, 'dateModified') ?? metaContent(doc, 'article:modified_time')),
    canonicalUrl,
    lang: clean(doc.documentElement?.getAttribute('lang')) || jsonLdString(article, 'inLanguage'),
    description: metaContent(doc, 'description', 'og:description'),
    declaresArticle: article !== null || ogType === 'article',
    sources: {
      title: titleSource,
      outlet: outletSource,
      authors: authorsSource,
      publishedAt: publishedSource,
      canonicalUrl: canonicalSource,
    },
  };
}
