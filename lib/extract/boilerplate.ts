import { clean, tagOf } from './dom';

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
  for (const a of el.querySelectorAll('a')) linked += clean(a.textContent).length;
  return linked / total;
}

function isWidget(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && WIDGET_ROLES.has(role)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.length < 300 && WIDGET.test(names) && clean(el.textContent).length < 1500;
}

/** Lists and blocks that are mostly links to elsewhere: related-story rails inside the body. */
function isLinkList(el: Element): boolean {
  const tag = tagOf(el);
  if (tag !== 'ul' && tag !== 'ol' && tag !== 'div' && tag !== 'section') return false;
  const items = el.querySelectorAll('li, a');
  return items.length >= 2 && linkShare(el) > 0.7 && clean(el.textContent).length < 2000;
}

/** Removes a "Related stories" heading and the link lists that follow it. */
function removeRelatedSections(content: Element): void {
  for (const heading of [...content.querySelectorAll('h2, h3, h4, h5, h6, strong, b, p')]) {
    if (!heading.isConnected || !RELATED_HEADING.test(clean(heading.textContent))) continue;
    let next = heading.nextElementSibling;
    heading.remove();
    while (next && (isLinkList(next) || tagOf(next) === 'ul' || tagOf(next) === 'ol' || linkShare(next) > 0.5)) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
  }
}

/**
 * A block that is one link and nothing else, to another page: a "read also"
 * teaser set between paragraphs (Fox News, Express and many regional sites print
 * them in capitals). Links that are the whole text of a list item are left to `isLinkList`.
 */
function isTeaserLink(el: Element, pageUrl: string): boolean {
  const links = el.querySelectorAll('a');
  if (links.length !== 1) return false;
  const text = clean(el.textContent);
  if (text.length < 15 || clean(links[0]!.textContent) !== text) return false;
  const href = links[0]!.getAttribute('href') ?? '';
  return !href.startsWith('#') && href !== pageUrl;
}

/** Strips boilerplate out of Readability's article element, in place. */
export function removeBoilerplate(content: Element, pageUrl: string): void {
  for (const el of [...content.querySelectorAll('aside, nav, footer, figcaption, form, button, [aria-hidden="true"], [hidden]')])
    el.remove();
  for (const el of [...content.querySelectorAll('[class], [id], [role]')]) if (el.isConnected && isWidget(el)) el.remove();
  removeRelatedSections(content);
  for (const el of [...content.querySelectorAll('ul, ol')]) if (el.isConnected && isLinkList(el)) el.remove();
  for (const el of [...content.querySelectorAll('p, h2, h3, h4, div')])
    if (el.isConnected && el.children.length <= 2 && isTeaserLink(el, pageUrl)) el.remove();
}
