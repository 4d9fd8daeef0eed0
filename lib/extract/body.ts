import { Readability } from '@mozilla/readability';
import { removeBoilerplate } from './boilerplate';
import { isBoilerplateLine, isDateline } from './boilerplate-lines';
import { withoutRepeats } from './dedupe';
import { paragraphsOf } from './paragraphs';
import { sanitizeHtml } from './sanitize';
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

function linkDensity(content: Element): number {
  const total = (content.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of content.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
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
  const density = linkDensity(content);
  const links = content.querySelectorAll('a').length;
  removeBoilerplate(content, baseUrl);
  const lines = paragraphsOf(content).map(normaliseText);
  const paragraphs = withoutRepeats(lines.filter((text) => text && !isBoilerplateLine(text)));
  const datelines = lines.filter((text) => text.length <= 100 && isDateline(text)).slice(0, 3);
  return {
    paragraphs,
    datelines,
    html: sanitizeHtml(content, baseUrl),
    byline: parsed.byline ?? null,
    title: parsed.title ?? null,
    lang: parsed.lang ?? null,
    linkDensity: density,
    links,
  };
}
