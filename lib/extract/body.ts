import { Readability } from '@mozilla/readability';
import { removeBoilerplate } from './boilerplate';
import { isBoilerplateLine, isDateline } from './boilerplate-lines';
import { withoutRepeats } from './dedupe';
import { linksIn } from './dom';
import { paragraphsOf } from './paragraphs';
import { purifierFor, sanitizeHtml } from './sanitize';
import { normaliseText } from './text';

export interface ArticleBody {
  paragraphs: string[];
  /** Lines of the article that are a date and nothing else, in reading order: the printed dateline. */
  datelines: string[];
  html: string;
  /** Readability's own reading of the page, used where metadata is silent. */
  byline: string | null;
  title: string | null;
  lang: string | null;
  /** Share of the body's text inside links, before cleanup: teaser lists score high. */
  linkDensity: number;
  links: number;
}

/** Share of the text inside links, and how many links: one pass over the anchors. */
function linkStats(content: Element): { density: number; links: number } {
  const anchors = linksIn(content);
  const total = (content.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return { density: 0, links: anchors.length };
  let linked = 0;
  for (const a of anchors) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return { density: linked / total, links: anchors.length };
}

/** Readability on a clone of `doc` (it rewrites the tree it reads), then our cleanup. */
export function extractBody(doc: Document, baseUrl: string): ArticleBody | null {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    keepClasses: true,
    // JSON-LD is read once, in `jsonLdFacts`; Readability's metadata is only a fallback here.
    disableJSONLD: true,
  }).parse();
  const content = parsed?.content;
  if (!content) return null;
  const { density, links } = linkStats(content);
  removeBoilerplate(content, baseUrl);
  const lines = paragraphsOf(content).map(normaliseText);
  const paragraphs = withoutRepeats(lines.filter((text) => text && !isBoilerplateLine(text)));
  const datelines = lines.filter((text) => text.length <= 100 && isDateline(text)).slice(0, 3);
  return {
    paragraphs,
    datelines,
    // Bound to the page's window, not the clone's: a cloned document has none.
    html: sanitizeHtml(content, baseUrl, purifierFor(doc)),
    byline: parsed.byline ?? null,
    title: parsed.title ?? null,
    lang: parsed.lang ?? null,
    linkDensity: density,
    links,
  };
}
