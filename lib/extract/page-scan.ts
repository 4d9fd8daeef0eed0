/**
 * One walk over the page that collects every element the metadata readers look
 * at: meta and link tags, JSON-LD blocks, headings, byline and date candidates.
 * linkedom compiles a CSS selector on every querySelectorAll, matches() and
 * closest() call and walks the whole tree for each; a dozen such scans per page
 * cost more than the rest of the extraction after Readability. Here each
 * selector the readers used is a small predicate over attributes read once.
 */
import { classOf } from './dom';

/** Byline candidates, in the order the readers trust them (see `BYLINE_KINDS`). */
export const BYLINE_KINDS = [
  '[itemprop~="author"] [itemprop~="name"]',
  '[itemprop~="author"]',
  'a[rel~="author"]',
  '[class*="byline"] [class*="author"], [class*="byline"] a[href*="author"]',
  '[class*="byline"], [class*="author-name"], [class*="authorName"], [class*="author__name"], [data-testid*="byline"]',
  '[class*="author"] a, [class*="author"]',
] as const;

/** Date candidates, most specific first; an element counts under the first kind it matches. */
export const DATE_KINDS = [
  '[itemprop="datePublished"]',
  'time[pubdate]',
  'article time, main time, [role="main"] time',
  '[data-published]',
  '[class*="publish"], [class*="pubdate"], [class*="pub-date"], [class*="dateline"], [class*="post-date"], [class*="entry-date"]',
  'time',
  '[class*="date"]:not([class*="update"]):not([class*="modif"])',
] as const;

const PER_BYLINE_KIND = 10;
const PER_DATE_KIND = 20;

export interface PageScan {
  metas: Element[];
  links: Element[];
  jsonLd: Element[];
  /** The first `[itemprop="headline"]` that is not a meta tag, and the first 20 <h1>. */
  headline: Element | null;
  h1s: Element[];
  /** The story's heading: the first <h1> inside article, main or role=main, else the first <h1>. */
  storyH1: Element | null;
  bylines: Element[][];
  dates: Element[][];
  dateModified: Element | null;
  /** Footers and copyright lines (first 5): who owns the site. */
  copyright: Element[];
  /** Paywall and meter elements (first 5). */
  walls: Element[];
}

const hasWord = (list: string, word: string) => list === word || ` ${list} `.includes(` ${word} `);

// Ancestor flags for descendant selectors.
const IN_AUTHOR_ITEMPROP = 1;
const IN_BYLINE_CLASS = 2;
const IN_AUTHOR_CLASS = 4;
const IN_MAIN = 8;

function dateKind(el: Element, tag: string, cls: string, itemprop: string, flags: number): number {
  if (itemprop === 'datePublished') return 0;
  if (tag === 'time' && el.hasAttribute('pubdate')) return 1;
  // Custom elements that carry a datetime are times too (<relative-time>, <time-ago>, <local-time>).
  const timeLike = tag === 'time' || (tag.includes('-') && el.hasAttribute('datetime'));
  if (timeLike && flags & IN_MAIN) return 2;
  if (el.hasAttribute('data-published')) return 3;
  if (cls) {
    if (/publish|pubdate|pub-date|dateline|post-date|entry-date/.test(cls)) return 4;
  }
  if (timeLike) return 5;
  if (cls.includes('date') && !cls.includes('update') && !cls.includes('modif')) return 6;
  return -1;
}

function addByline(scan: PageScan, kind: number, el: Element): void {
  const list = scan.bylines[kind]!;
  if (list.length < PER_BYLINE_KIND) list.push(el);
}

/** Walks `doc` once, in document order, without recursion (hostile pages nest thousands deep). */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    metas: [],
    links: [],
    jsonLd: [],
    headline: null,
    h1s: [],
    storyH1: null,
    bylines: BYLINE_KINDS.map(() => []),
    dates: DATE_KINDS.map(() => []),
    dateModified: null,
    copyright: [],
    walls: [],
  };
  const root = doc.documentElement;
  if (!root) return scan;
  let mainH1: Element | null = null;
  const stack: Element[] = [root];
  const flagStack: number[] = [0];
  while (stack.length) {
    const el = stack.pop()!;
    let flags = flagStack.pop()!;
    const tag = el.tagName.toLowerCase();
    if (tag === 'meta') scan.metas.push(el);
    else if (tag === 'link') {
      if (el.hasAttribute('rel')) scan.links.push(el);
    } else if (tag === 'script') {
      if ((el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') scan.jsonLd.push(el);
      continue;
    } else if (tag === 'style') continue;
    else if (tag === 'h1') {
      if (scan.h1s.length < 20) scan.h1s.push(el);
      if (flags & IN_MAIN && !mainH1) mainH1 = el;
    }
    const cls = classOf(el);
    const itemprop = el.getAttribute('itemprop') ?? '';
    if (itemprop) {
      if (itemprop === 'headline' && tag !== 'meta' && !scan.headline) scan.headline = el;
      if (itemprop === 'dateModified' && !scan.dateModified) scan.dateModified = el;
    }
    // <body> and <html> classes are the site's feature flags (Kinja: "f_author_page_canonical_on"), never a
    // byline or a date; as ancestors they would make every link on the page an author link (see `closestWhere`).
    if (tag !== 'meta' && tag !== 'link' && tag !== 'body' && tag !== 'html') {
      const authorProp = itemprop !== '' && hasWord(itemprop, 'author');
      const authorClass = cls.includes('author');
      const bylineClass = cls.includes('byline');
      if (flags & IN_AUTHOR_ITEMPROP && itemprop && hasWord(itemprop, 'name')) addByline(scan, 0, el);
      if (authorProp) addByline(scan, 1, el);
      if (tag === 'a' && hasWord(el.getAttribute('rel') ?? '', 'author')) addByline(scan, 2, el);
      if (flags & IN_BYLINE_CLASS && (authorClass || (tag === 'a' && (el.getAttribute('href') ?? '').includes('author'))))
        addByline(scan, 3, el);
      if (
        bylineClass ||
        cls.includes('author-name') ||
        cls.includes('authorName') ||
        cls.includes('author__name') ||
        (el.getAttribute('data-testid') ?? '').includes('byline')
      )
        addByline(scan, 4, el);
      if (authorClass || (tag === 'a' && flags & IN_AUTHOR_CLASS)) addByline(scan, 5, el);
      const kind = dateKind(el, tag, cls, itemprop, flags);
      if (kind >= 0 && scan.dates[kind]!.length < PER_DATE_KIND) scan.dates[kind]!.push(el);
      if (
        scan.copyright.length < 5 &&
        (tag === 'footer' || cls.includes('copyright') || (el.getAttribute('id') ?? '').includes('copyright'))
      )
        scan.copyright.push(el);
      if (
        scan.walls.length < 5 &&
        (/paywall|piano|regwall|meter-/.test(cls) || (el.getAttribute('id') ?? '').includes('paywall') || el.hasAttribute('data-paywall'))
      )
        scan.walls.push(el);
      if (authorProp) flags |= IN_AUTHOR_ITEMPROP;
      if (bylineClass) flags |= IN_BYLINE_CLASS;
      if (authorClass) flags |= IN_AUTHOR_CLASS;
      if (tag === 'article' || tag === 'main' || el.getAttribute('role') === 'main') flags |= IN_MAIN;
    }
    // Children pushed last first, so they come off the stack in document order.
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child);
      flagStack.push(flags);
    }
  }
  scan.storyH1 = mainH1 ?? scan.h1s[0] ?? null;
  return scan;
}
