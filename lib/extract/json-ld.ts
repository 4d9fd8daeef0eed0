import { clean } from './dom';

export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
]);
/** Pages that declare themselves something other than one article. */
const LISTING_TYPES = new Set(['CollectionPage', 'SearchResultsPage', 'ItemList', 'ProfilePage']);
const VIDEO_TYPES = new Set(['VideoObject']);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:]/, ''));
}

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // CMSes paste raw newlines and tabs into strings; JSON forbids them.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
    return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
  }
}

/** Every object in the page's JSON-LD blocks, `@graph` and `mainEntity` flattened. Broken blocks are skipped. */
export function jsonLdNodes(scripts: Iterable<Element>): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || nodes.length > 500) return;
    if (Array.isArray(value)) value.forEach((item) => visit(item, depth + 1));
    else if (isObject(value)) {
      nodes.push(value);
      if (value['@graph']) visit(value['@graph'], depth + 1);
      if (isObject(value['mainEntity'])) visit(value['mainEntity'], depth + 1);
    }
  };
  for (const script of scripts) {
    try {
      visit(parseLenient(script.textContent ?? ''), 0);
    } catch {
      // Pages ship invalid JSON-LD often enough; the other sources still count.
    }
  }
  return nodes;
}

export interface JsonLdFacts {
  article: JsonObject | null;
  listing: boolean;
  video: boolean;
}

export function jsonLdFacts(scripts: Iterable<Element>): JsonLdFacts {
  const nodes = jsonLdNodes(scripts);
  const has = (types: Set<string>) => nodes.some((node) => typesOf(node).some((t) => types.has(t)));
  return {
    article: nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t))) ?? null,
    listing: has(LISTING_TYPES),
    video: has(VIDEO_TYPES),
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Some CMSes HTML-escape strings inside JSON-LD ("Q&amp;A", "&#8217;"). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16) || 32);
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)) || 32);
    return ENTITIES[lower] ?? whole;
  });
}

export function jsonLdString(node: JsonObject | null, key: string): string | null {
  let value = node?.[key];
  if (Array.isArray(value)) value = value.find((item) => typeof item === 'string');
  return typeof value === 'string' && clean(value) ? clean(decodeEntities(value)) : null;
}

/** Names from a `Person`/`Organization` value, a string, or an array of either. */
export function jsonLdNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((item) => (typeof item === 'string' ? item : isObject(item) ? item['name'] : null))
    .filter((name): name is string => typeof name === 'string')
    .map((name) => clean(decodeEntities(name)))
    .filter(Boolean);
}

/** The URL of an `ImageObject`, a string, or the first of an array of either. */
export function jsonLdUrl(value: unknown): string | null {
  const item = Array.isArray(value) ? value[0] : value;
  if (typeof item === 'string') return item;
  return isObject(item) && typeof item['url'] === 'string' ? item['url'] : null;
}
