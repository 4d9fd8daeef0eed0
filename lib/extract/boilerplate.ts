import { getDomain } from 'tldts';
import { classOf, clean, descendantsWhere, linksIn, tagOf } from './dom';
import { isWallPrompt } from './paywall';

/**
 * Boilerplate Readability keeps inside the article container. Three kinds:
 * whole elements recognisable by their class/id/role (share bars, newsletter
 * boxes, related-story rails), sections that start with a "Related"/"More from"
 * heading, and single lines recognisable by their words.
 */

/** class/id fragments of widgets that are never article text on news sites. */
const WIDGET =
  /(^|[-_\s])(share|sharing|social|sharebar|share-tools|newsletter|signup|sign-up|subscribe|subscription|related|recirc|recommend|more-stories|morestories|read-more|readmore|read-next|most-popular|mostpopular|trending|promo|advert|ad-container|adslot|sponsor|outbrain|taboola|comments?|disqus|tags|tag-list|taglist|topics|breadcrumbs?|byline|author-bio|authorbio|about-the-author|copyright|credit|caption|toolbar|print-only|visually-hidden|sr-only|skip-link|jump-link)($|[-_\s])/i;
const WIDGET_ROLES = new Set(['complementary', 'navigation', 'contentinfo', 'banner', 'search']);

/** Headings that open a list of other stories or topics rather than continue the article. */
const RELATED_HEADING =
  /^(related|related (stories|articles|content|coverage|topics|links|posts|reading)|recent (stories|posts|articles)|more (from|on|about|stories|news|in|like this|articles)\b.*|more:|read (more|next|also)|see also|you (may|might) (also )?like|also (read|see|on)|recommended( for you)?|most (popular|read|viewed)|trending( now)?|top stories|latest( news| stories)?|tags|topics|filed under|share this( story| article)?|sign up.*|subscribe.*|newsletter|about the author|don'?t miss|story timeline|weitere artikel|mehr zum thema|lesen sie auch|à lire aussi|sur le même sujet|lire aussi|te puede interesar|leggi anche)[\s:.…!?]*$/i;

function linkShare(el: Element): number {
  const total = clean(el.textContent).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of linksIn(el)) linked += clean(a.textContent).length;
  return linked / total;
}

/**
 * A widget's class names a part of the page; a container that holds most of the
 * article is the article, whatever its class says ("entry-content-read-more").
 */
function isWidget(el: Element, articleChars: number): boolean {
  const role = el.getAttribute('role');
  if (role && WIDGET_ROLES.has(role)) return true;
  // camelCase names ("newsCaption", "relatedLinks") split like kebab-case ones; "no_caption" says what the block is not.
  const names = `${classOf(el)} ${el.getAttribute('id') ?? ''}`
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2')
    .replace(/(^|[-_\s])(no|without)[-_]\w+/gi, '$1');
  if (names.length >= 300 || !WIDGET.test(names)) return false;
  const chars = clean(el.textContent).length;
  return chars < 1500 && chars < articleChars / 2;
}

/** The registrable domain of a link, or null for links that lead nowhere (anchors, javascript:, bad URLs). */
function siteOf(href: string | null, base: string): { site: string; path: string } | null {
  if (!href || href.startsWith('#')) return null;
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return { site: getDomain(url.href) ?? url.hostname, path: url.pathname };
  } catch {
    return null;
  }
}

/**
 * A link to another story on the same site. Related-story rails and "read also"
 * teasers point home; product, source and reference links point elsewhere and
 * are part of what the article says. Files (a PDF, a results table) and the site's
 * root are not stories.
 */
function isStoryLink(a: Element, pageUrl: string, pageSite: string | null): boolean {
  const target = siteOf(a.getAttribute('href'), pageUrl);
  if (!target || target.site !== pageSite || target.path.length <= 1) return false;
  if (/\.(pdf|docx?|xlsx?|csv|cfm|jpe?g|png|gif|mp3|mp4|zip)$/i.test(target.path)) return false;
  return new URL(a.getAttribute('href')!, pageUrl).href.split('#')[0] !== pageUrl.split('#')[0];
}

/** Lists and blocks that are mostly links to other stories on the site: related-story rails inside the body. */
function isLinkList(el: Element, pageUrl: string, pageSite: string | null): boolean {
  const tag = tagOf(el);
  if (tag !== 'ul' && tag !== 'ol' && tag !== 'div' && tag !== 'section') return false;
  const items = descendantsWhere(el, (_, tag) => tag === 'li' || tag === 'a');
  if (items.length < 2 || linkShare(el) <= 0.7 || clean(el.textContent).length >= 2000) return false;
  const links = linksIn(el);
  return links.filter((a) => isStoryLink(a, pageUrl, pageSite)).length * 2 >= links.length;
}

/**
 * Whether `el` is still inside `root`. Readability's article element is detached
 * from the document, so `isConnected` is false for everything in it: a removed
 * ancestor shows as a break in the parent chain instead.
 */
function stillIn(el: Element, root: Element): boolean {
  for (let node: Node | null = el; node; node = node.parentNode) if (node === root) return true;
  return false;
}

const RELATED_HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'p']);

/** Removes a "Related stories" heading and the link lists that follow it. */
function removeRelatedSections(content: Element, pageUrl: string, pageSite: string | null): void {
  for (const found of descendantsWhere(content, (_, tag) => RELATED_HEADING_TAGS.has(tag))) {
    const text = clean(found.textContent);
    // A paywall's "Subscribe to continue reading" stays: it tells `looksTruncated` where the free text stops.
    if (!stillIn(found, content) || !RELATED_HEADING.test(text) || isWallPrompt(text)) continue;
    // "<p><strong>DON'T MISS</strong><br><a>…</a><br><a>…</a></p>": the heading and its links share one block.
    const block = found.parentElement;
    let heading = found;
    if ((tagOf(found) === 'strong' || tagOf(found) === 'b') && block && block !== content) {
      found.remove();
      if (linkShare(block) > 0.5) heading = block;
    }
    let next = heading.nextElementSibling;
    heading.remove();
    while (next && (isLinkList(next, pageUrl, pageSite) || tagOf(next) === 'ul' || tagOf(next) === 'ol' || linkShare(next) > 0.5)) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
  }
}

/**
 * A block that is one link and nothing else, to another story on the site: a
 * "read also" teaser set between paragraphs (Fox News, Express and many regional
 * sites print them in capitals). Links that are the whole text of a list item are
 * left to `isLinkList`.
 */
function isTeaserLink(el: Element, pageUrl: string, pageSite: string | null): boolean {
  const links = linksIn(el);
  if (links.length !== 1) return false;
  const text = clean(el.textContent);
  return text.length >= 15 && clean(links[0]!.textContent) === text && isStoryLink(links[0]!, pageUrl, pageSite);
}

/** Elements whose text is never the article's: page furniture, captions, forms. */
const NEVER_TEXT = new Set(['aside', 'nav', 'footer', 'figcaption', 'form', 'button']);
const TEASER_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'div']);

/** Strips boilerplate out of Readability's article element, in place. */
export function removeBoilerplate(content: Element, pageUrl: string): void {
  const pageSite = siteOf(pageUrl, pageUrl)?.site ?? null;
  const hidden = (el: Element, tag: string) =>
    NEVER_TEXT.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
  for (const el of descendantsWhere(content, hidden)) el.remove();
  const articleChars = clean(content.textContent).length;
  const named = (el: Element) => el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('role');
  for (const el of descendantsWhere(content, named)) if (stillIn(el, content) && isWidget(el, articleChars)) el.remove();
  removeRelatedSections(content, pageUrl, pageSite);
  for (const el of descendantsWhere(content, (_, tag) => tag === 'ul' || tag === 'ol'))
    if (stillIn(el, content) && isLinkList(el, pageUrl, pageSite)) el.remove();
  for (const el of descendantsWhere(content, (_, tag) => TEASER_TAGS.has(tag)))
    if (stillIn(el, content) && el.children.length <= 2 && isTeaserLink(el, pageUrl, pageSite)) el.remove();
}
