import { clean } from './dom';

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
]);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Every object in the page's JSON-LD blocks, `@graph` flattened. Broken blocks are skipped. */
function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(value)) value.forEach((item) => visit(item, depth + 1));
    else if (isObject(value)) {
      nodes.push(value);
      if (value['@graph']) visit(value['@graph'], depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Pages ship invalid JSON-LD often enough; the other sources still count.
    }
  }
  return nodes;
}

export function findArticleJsonLd(doc: Document): JsonObject | null {
  return jsonLdNodes(doc).find((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t))) ?? null;
}

export function jsonLdString(node: JsonObject | null, key: string): string | null {
  const value = node?.[key];
  return typeof value === 'string' && clean(value) ? clean(value) : null;
}

/** Names from a `Person`/`Organization` value, a string, or an array of either. */
export function jsonLdNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((item) => (typeof item === 'string' ? item : isObject(item) ? item['name'] : null))
    .filter((name): name is string => typeof name === 'string')
    .map(clean)
    .filter(Boolean);
}
