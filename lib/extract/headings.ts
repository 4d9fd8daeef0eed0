import { ELEMENT_NODE, TEXT_NODE, classOf, clean, closestWhere, hasDescendant, linksIn } from './dom';

/** Letters and digits only, lower-cased: "The New-York Times" ≈ "newyorktimes". */
export const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Words of a text, compacted: "JVNDB-2018-013542" → ["jvndb", "2018", "013542"]. */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether `name` (compacted) is spelled by whole words of `segment`:
 * "JVN iPedia" names "jvn", "JVNDB-2018-013542" does not.
 */
function spellsName(segment: string, name: string): boolean {
  const words = wordsOf(segment);
  for (let start = 0; start < words.length; start++) {
    let joined = '';
    for (let end = start; end < words.length && joined.length < name.length; end++) joined += words[end];
    if (joined === name) return true;
  }
  return false;
}

/** Whether a title segment is the site's name, or holds it ("JVN iPedia" for "jvn"), or is part of it. */
export function namesSite(segment: string, siteNames: string[]): boolean {
  const c = compact(segment);
  return (
    c.length > 0 &&
    siteNames.some((name) => name.length > 1 && (c === name || spellsName(segment, name) || (name.includes(c) && c.length >= 3)))
  );
}

/** Headings that label the site, a section or a widget rather than the story. */
const NOT_HEADLINE = /(^|[-_\s])(brand|branding|logo|site-?title|masthead|visually-?hidden|sr-only|screen-reader)/i;

/** Where a heading labels a place on the site rather than the story: navigation, breadcrumbs, rails, footers. */
const outsideStory = (el: Element) =>
  closestWhere(
    el,
    (node, tag, cls) =>
      tag === 'nav' ||
      tag === 'footer' ||
      tag === 'aside' ||
      node.getAttribute('role') === 'banner' ||
      node.getAttribute('role') === 'navigation' ||
      node.getAttribute('itemprop') === 'itemListElement' ||
      cls.includes('breadcrumb'),
  ) !== null;

/** Host and path, lower-cased, without a trailing slash: how a permalink and the page's address compare. */
function placeOf(href: string | null, base: string): string | null {
  try {
    const url = new URL(href ?? '', base);
    return `${url.host}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return null;
  }
}

/** A heading that may be the story's headline: not a logo, a label, a link to a section or the site's name. */
export function isStoryHeading(heading: Element, names: string[], pageUrl: string): boolean {
  const text = clean(heading.textContent);
  if (text.length < 4 || text.length > 300) return false;
  if (NOT_HEADLINE.test(`${classOf(heading)} ${heading.getAttribute('id') ?? ''}`)) return false;
  if (outsideStory(heading)) return false;
  // A heading that is one link is a section label or a logo ("Business Monday" → /biz-monday/),
  // unless it links to the page itself: a blog's permalinked headline.
  const links = linksIn(heading);
  if (
    links.length === 1 &&
    clean(links[0]!.textContent) === text &&
    placeOf(links[0]!.getAttribute('href'), pageUrl) !== placeOf(pageUrl, pageUrl)
  )
    return false;
  if (text.split(' ').length < 4 && hasDescendant(heading, (_, tag) => tag === 'img' || tag === 'svg')) return false;
  return !namesSite(text, names) || compact(text).length > Math.max(...names.map((n) => n.length), 0) + 8;
}

/** Parts of a headline the reader does not read as the headline: a kicker above it ("Genetik"), text for screen readers. */
const NOT_HEADLINE_PART = /kicker|eyebrow|overline|sr-only|visually-?hidden|screen-reader/i;

/** A heading's text without its kicker and screen-reader text: "<span class=kicker>Genetik</span> Das Geheimnis…" → "Das Geheimnis…". */
export function headlineText(heading: Element): string {
  if (!hasDescendant(heading, (el) => el.hasAttribute('class'))) return clean(heading.textContent);
  let out = '';
  const walk = (node: Node, depth: number) => {
    for (let child = node.firstChild; child && depth < 10; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) out += child.nodeValue ?? '';
      else if (child.nodeType === ELEMENT_NODE && !NOT_HEADLINE_PART.test(classOf(child as Element))) {
        if ((child as Element).tagName.toLowerCase() === 'br') out += ' ';
        walk(child, depth + 1);
      }
    }
  };
  walk(heading, 0);
  return clean(out);
}

/**
 * The site's name learned from the page: an <h1> that is the start or the end of
 * the document title, the rest of which is twice as long at least and is not the site's known
 * name ("高木浩光＠自宅の日記 - 改正NICT法が…" under `<h1>高木浩光＠自宅の日記</h1>`),
 * and that no og:title or JSON-LD headline contains.
 * Blogs and older CMSes keep the <h1> for the site and title the entry lower down.
 */
export function siteNameFromHeadings(docTitle: string | null, h1s: Element[], names: string[], declared: (string | null)[]): string | null {
  const title = compact(docTitle ?? '');
  if (!title) return null;
  const statements = declared.filter((t): t is string => !!t).map(compact);
  for (const h1 of h1s) {
    const text = compact(h1.textContent ?? '');
    // A headline the page also declares (og:title "Brexit: what next" over <h1>Brexit</h1>) is no site name.
    if (text.length < 2 || text === title || statements.some((statement) => statement.includes(text))) continue;
    // Marked as the page's title ("firstHeading", "entry-title"): the story's, however short ("Mozilla - Wikipedia").
    if (/title|headline|heading/i.test(`${classOf(h1)} ${h1.getAttribute('id') ?? ''}`)) continue;
    const rest = title.startsWith(text) ? title.slice(text.length) : title.endsWith(text) ? title.slice(0, -text.length) : null;
    if (rest && rest.length >= 2 * text.length && !names.some((name) => name.length > 1 && rest.includes(name))) return text;
  }
  return null;
}
