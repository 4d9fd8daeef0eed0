/**
 * Bylines the page marks up: microdata and rel=author first, then elements
 * classed as a byline or an author (`BYLINE_KINDS`), skipping story cards,
 * rails, captions and pull quotes.
 */
import { dedupe, splitAuthors } from './author-names';
import { spacedText } from './byline-text';
import { classOf, clean, closestWhere, descendantsWhere, tagOf } from './dom';
import type { PageScan } from './page-scan';

/** Bylines of other stories (rails, comments), photo credits and the people quoted in pull quotes are not this story's authors. */
const NOT_BYLINE_TAGS = new Set(['aside', 'footer', 'nav', 'figure', 'figcaption', 'blockquote']);
/** Class words that start a name part: "related-posts", "photoCredit", "pull-quote__author", "tag-cloud", but not "ContentHeaderAccreditation". */
const NOT_BYLINE_CLASS = /(^|[-_\s])(related|comment|recommend|caption|credit|promo|quote|tags([-_\s]|$)|tag-?(?:cloud|list))/i;
const camelSplit = (cls: string) => cls.replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2');

/** `<address>` is HTML's element for the article's author, wherever the layout puts it (an aside beside the story). */
export function outsideByline(el: Element): boolean {
  const nearest = closestWhere(
    el,
    (_, tag, cls) => tag === 'address' || NOT_BYLINE_TAGS.has(tag) || (cls !== '' && NOT_BYLINE_CLASS.test(camelSplit(cls))),
  );
  return nearest !== null && tagOf(nearest) !== 'address';
}

/** The path a link leads to, without query, fragment or trailing slash; null when it leads nowhere. */
function pathOf(href: string | null, base: string): string | null {
  if (!href || href.startsWith('#')) return null;
  try {
    const url = new URL(href, base);
    return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/** A heading that is one link to another page: a story card's headline. Short ones are section labels ("Politics"). */
function linksElsewhere(heading: Element, here: string | null, pageUrl: string): boolean {
  const links = descendantsWhere(heading, (el, tag) => tag === 'a' && el.hasAttribute('href'));
  const text = clean(heading.textContent);
  if (links.length !== 1 || text.length < 25 || clean(links[0]!.textContent) !== text) return false;
  const target = pathOf(links[0]!.getAttribute('href'), pageUrl);
  return target !== null && target !== here;
}

const CARD_HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);

/**
 * A byline in a story card: within a few levels sits a headline linking to
 * another story, and not the story's own headline (plain text, or a link to itself).
 */
function inTeaser(el: Element, storyH1: Element | null, pageUrl: string): boolean {
  const here = pathOf(pageUrl, pageUrl);
  const ownHeadline = storyH1 && !linksElsewhere(storyH1, here, pageUrl) ? storyH1 : null;
  let scope: Element | null = el;
  for (let level = 0; scope && level < 3; level++) {
    scope = scope.parentElement;
    if (!scope || tagOf(scope) === 'body' || (ownHeadline && scope.contains(ownHeadline))) return false;
    for (const heading of descendantsWhere(scope, (_, tag) => CARD_HEADINGS.has(tag)))
      if (!heading.contains(el) && linksElsewhere(heading, here, pageUrl)) return true;
  }
  return false;
}

/** The kinds of `BYLINE_KINDS` that state authorship outright: itemprop=author (0, 1) and rel=author (2). */
const EXPLICIT_KINDS = 2;
/** Of those, the kinds that are microdata (itemprop=author), whose item says whose author it is. */
const MICRODATA_KINDS = 1;

/**
 * Microdata says whose author a name is: the item (`itemscope`) around the
 * `itemprop="author"`. When that item holds the story's headline, the name is the
 * story's, wherever the page puts it (a hidden block before a "Related news" list).
 */
function authorOfStory(el: Element, storyH1: Element | null): boolean {
  const property = closestWhere(el, (node) => /(^|\s)author(\s|$)/.test(node.getAttribute('itemprop') ?? ''));
  const item = closestWhere(property?.parentElement ?? null, (node) => node.hasAttribute('itemscope'));
  return item !== null && storyH1 !== null && item.contains(storyH1);
}

/** A class that names a group of authors: "article__authors", "bylines", "contributors". */
const AUTHORS_CLASS = /(authors|bylines|contributors)([-_\s]|$)/i;

/**
 * The outermost element a few levels up classed as the story's authors: pages that
 * list each author (or the translator) in a block of its own hold the blocks in one.
 */
function authorsBlock(el: Element): Element | null {
  let block: Element | null = null;
  let node = el.parentElement;
  for (let level = 0; node && level < 6; level++, node = node.parentElement) {
    if (tagOf(node) === 'body') break;
    if (AUTHORS_CLASS.test(classOf(node))) block = node;
  }
  return block;
}

/** A microdata item's name given as a value, not as text: `<link itemprop="name" content="Confreaks">` (or a <meta>) inside the author. */
function nameProperty(item: Element): string {
  for (let child = item.firstElementChild; child; child = child.nextElementSibling)
    if (/(^|\s)name(\s|$)/.test(child.getAttribute('itemprop') ?? '')) return clean(child.getAttribute('content'));
  return '';
}

/** Candidates in `scan.bylines`, one list per kind of markup (`BYLINE_KINDS`), stopping at the first that answers. */
export function fromMarkup(scan: PageScan, pageUrl: string): string[] {
  for (const [index, candidates] of scan.bylines.entries()) {
    const microdata = index <= MICRODATA_KINDS;
    const explicit = index <= EXPLICIT_KINDS;
    const names: string[] = [];
    let byline: Element | null = null;
    let bylineClass: string | null = null;
    for (const el of candidates) {
      if (outsideByline(el)) continue;
      if (!(microdata && authorOfStory(el, scan.storyH1)) && inTeaser(el, scan.storyH1, pageUrl)) continue;
      // Co-authors sit together; an author marked up further away wrote a teaser.
      if (byline && !byline.contains(el)) continue;
      // A class guesses less than microdata: co-authors are marked alike, the job title beside a name is not.
      if (!explicit && bylineClass !== null && classOf(el) !== bylineClass) continue;
      const text = clean(el.getAttribute('content')) || spacedText(el) || (microdata ? nameProperty(el) : '');
      if (text.length === 0 || text.length > 200) continue;
      // rel=author and itemprop=author say outright that the text is an author: a user name counts.
      const found = splitAuthors(text, { handles: explicit });
      if (found.length && !byline) {
        byline = explicit ? (el.parentElement?.parentElement?.parentElement ?? el) : authorsBlock(el);
        bylineClass = classOf(el);
      }
      names.push(...found);
      // Microdata and rel=author mark every author of the story; for class-based guesses the first
      // byline in the document is the story's, with the others in its block of authors; later ones belong to teasers.
      if (names.length && !explicit && !byline) break;
    }
    if (names.length) return dedupe(names).slice(0, 10);
  }
  return [];
}
