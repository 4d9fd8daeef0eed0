import { getDomain, getDomainWithoutSuffix } from 'tldts';
import { readAuthors } from './authors';
import { cleanUrl, toHttpUrl } from './canonical-url';
import { clean, linkHref, metaFrom } from './dom';
import { jsonLdNames, jsonLdString, jsonLdUrl, type JsonObject } from './json-ld';
import { detectLanguage, normaliseLang } from './language';
import { modifiedDate, publishedDate } from './page-dates';
import type { PageScan } from './page-scan';
import { readTitle } from './title';
import type { FieldSource, SourcedField } from './types';

export interface PageMetadata {
  title: string | null;
  outlet: string;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  canonicalUrl: string;
  lang: string | null;
  section: string | null;
  description: string | null;
  imageUrl: string | null;
  /** The page says its content is not free (schema.org `isAccessibleForFree: false`). */
  paywallDeclared: boolean;
  sources: Partial<Record<SourcedField, FieldSource>>;
}

/** What Readability found, used where the page's own metadata is silent. */
export interface ReadabilityHints {
  byline: string | null;
  text: string;
  /** Lines of the extracted article that are only a date (`ArticleBody.datelines`). */
  datelines?: string[];
}

type Found<T> = [T, FieldSource];

type Candidate<T> = T | null | undefined | (() => T | null | undefined);

/** The first candidate that has a value, with where it came from. A function is called only when the candidates before it are empty. */
function first<T>(fallback: T, ...candidates: [Candidate<T>, FieldSource][]): Found<T> {
  for (const [candidate, source] of candidates) {
    const value = typeof candidate === 'function' ? (candidate as () => T | null | undefined)() : candidate;
    if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) return [value, source];
  }
  return [fallback, 'none'];
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

/** schema.org says `false` or `"False"`; anything else is not a paywall statement. */
function declaredPaywall(article: JsonObject | null, meta: Map<string, string[]>): boolean {
  const value = article?.['isAccessibleForFree'] ?? metaFrom(meta, 'isaccessibleforfree');
  return value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');
}

export function readMetadata(
  doc: Document,
  scan: PageScan,
  pageUrl: string,
  article: JsonObject | null,
  meta: Map<string, string[]>,
  hints: ReadabilityHints,
): PageMetadata {
  const [outlet, outletSource] = first(
    outletFromUrl(pageUrl),
    [jsonLdNames(article?.['publisher'])[0], 'json-ld'],
    [metaFrom(meta, 'og:site_name', 'application-name', 'al:android:app_name', 'al:ios:app_name'), 'open-graph'],
  );
  const siteNames = [
    outlet,
    metaFrom(meta, 'og:site_name', 'application-name') ?? '',
    getDomainWithoutSuffix(new URL(pageUrl).hostname) ?? '',
  ];
  const [title, titleSource] = readTitle({ doc, scan, meta, article, siteNames, pageUrl });
  const [authors, authorsSource] = readAuthors({ scan, meta, article, outlet, pageUrl, readabilityByline: hints.byline });
  const [canonicalUrl, canonicalSource] = first(
    cleanUrl(pageUrl) ?? pageUrl,
    [sameSiteUrl(cleanUrl(linkHref(scan.links, 'canonical') ?? '', pageUrl), pageUrl), 'html'],
    [sameSiteUrl(cleanUrl(metaFrom(meta, 'og:url') ?? '', pageUrl), pageUrl), 'open-graph'],
  );
  const [lang, langSource] = first<string | null>(
    null,
    [normaliseLang(doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang')), 'html'],
    [normaliseLang(jsonLdString(article, 'inLanguage')), 'json-ld'],
    [normaliseLang(metaFrom(meta, 'content-language', 'og:locale', 'dc.language', 'language')), 'meta'],
    [() => detectLanguage(hints.text), 'text'],
  );
  const [publishedAt, publishedSource] = publishedDate(scan, meta, article, pageUrl, lang, hints.datelines ?? [], doc.body);
  const [section, sectionSource] = first<string | null>(
    null,
    [jsonLdString(article, 'articleSection'), 'json-ld'],
    [metaFrom(meta, 'article:section', 'og:article:section', 'parsely-section', 'section', 'category'), 'meta'],
  );
  const [description, descriptionSource] = first<string | null>(
    null,
    [jsonLdString(article, 'description'), 'json-ld'],
    [metaFrom(meta, 'og:description', 'description', 'twitter:description'), 'meta'],
  );
  const [image, imageSource] = first<string | null>(
    null,
    [toHttpUrl(jsonLdUrl(article?.['image']), pageUrl)?.href, 'json-ld'],
    [
      toHttpUrl(metaFrom(meta, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'), pageUrl)?.href,
      'open-graph',
    ],
  );
  return {
    title,
    outlet: clean(outlet),
    authors,
    publishedAt,
    modifiedAt: modifiedDate(scan, meta, article, lang),
    canonicalUrl,
    lang,
    section,
    description,
    imageUrl: image,
    paywallDeclared: declaredPaywall(article, meta),
    sources: {
      title: titleSource,
      outlet: outletSource === 'none' ? 'url' : outletSource,
      authors: authorsSource,
      publishedAt: publishedSource,
      canonicalUrl: canonicalSource === 'none' ? 'url' : canonicalSource,
      lang: langSource,
      section: sectionSource,
      excerpt: descriptionSource,
      imageUrl: imageSource,
    },
  };
}
