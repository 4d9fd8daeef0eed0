/**
 * The byline of a page that marks none up, read from the few levels around the
 * story's headline.
 */
import { splitAuthors } from './author-names';
import { outsideByline } from './byline-markup';
import { shortSpacedText, spacedText } from './byline-text';
import { classOf, clean, closestWhere, descendantsWhere } from './dom';
import type { PageScan } from './page-scan';

const PROFILE_LINK =
  /\/(author|authors|autor|auteur|profile|profiles|people|staff|editors?|writers?|contributors?|journalists?|artists?|u|users?)\//i;
/**
 * Classes of the element that holds the writer's name where a page marks no byline
 * ("writer", "reporter"), or the provider that a portal credits with a story it
 * republishes ("provider-name": Yahoo's "Fox Nation • October 3, 2016").
 */
const WRITER_CLASS = /(^|[-_\s])(writer|reporter|journalist)([-_\s]|$)|(^|\s)provider(-name)?(\s|$)/i;
/** Elements that hold a byline line of their own. */
const LINE_TAGS = new Set(['div', 'p', 'span', 'li', 'address']);

/** An element that is only a byline's label ("By", "Author:", "Information provided by (Responsible Party):", "作者："); the name follows it. */
const BYLINE_LABEL =
  /^(?:(?:information|content|story|text)\s+)?(?:(?:written|provided|posted|reported|compiled)\s+)?by\s*:?$|^(?:authors?|autor(?:in|en)?|auteure?s?|作者|著者|筆者|記者)\s*[:：]?$/iu;

/** The names in the element after a label such as "Written by:", or null when `text` is no such label. */
function afterLabel(el: Element, text: string): string[] | null {
  if (!BYLINE_LABEL.test(text.replace(/\(.*?\)/g, ' ').trim())) return null;
  const value = el.nextElementSibling && shortSpacedText(el.nextElementSibling, 100);
  return splitAuthors(value);
}

/** Author pages live on the outlet's own site; a profile elsewhere ("youtube.com/user/…") is a social link. */
function onSite(href: string, pageUrl: string): boolean {
  const hostOf = (url: string) => new URL(url, pageUrl).hostname.replace(/^www\./, '');
  try {
    return hostOf(href) === hostOf(pageUrl);
  } catch {
    return false;
  }
}

/** A link inside running text ("<p><a href=/people/prince>Prince</a> was married…</p>") mentions someone; a byline is a line of its own. */
function inRunningText(link: Element): boolean {
  const block = closestWhere(link, (_, tag) => tag === 'p');
  return block !== null && clean(block.textContent).length > clean(link.textContent).length + 60;
}

/**
 * The byline printed under the headline, for pages that mark nothing up:
 * a short "By …" line, a name after a label, or an element classed as the writer,
 * else a link to an author, user or artist profile page that is not inside running text.
 */
export function bylineNearHeadline(scan: PageScan, pageUrl: string): string[] {
  let scope: Element | null = scan.storyH1;
  // Each wider scope holds the narrower ones: read each element once.
  const seen = new Set<Element>();
  for (let level = 0; scope && level < 4; level++) {
    scope = scope.parentElement;
    if (!scope) break;
    for (const el of descendantsWhere(scope, (_, tag) => LINE_TAGS.has(tag), 300)) {
      if (seen.has(el)) continue;
      seen.add(el);
      const text = shortSpacedText(el, 100);
      if (!text || outsideByline(el)) continue;
      const labelled = afterLabel(el, text);
      if (labelled?.length) return labelled;
      const byWriter = WRITER_CLASS.test(classOf(el));
      if (!byWriter && !/^(by|von|par|por|door|di)\s+\p{Lu}/iu.test(text)) continue;
      const names = splitAuthors(text, { handles: byWriter });
      if (names.length) return names;
    }
    for (const a of descendantsWhere(scope, (el, tag) => tag === 'a' && el.hasAttribute('href'), 100)) {
      const href = a.getAttribute('href') ?? '';
      if (!PROFILE_LINK.test(href) || !onSite(href, pageUrl) || outsideByline(a) || inRunningText(a)) continue;
      // A link to a profile page names one person, user or band: "EvilSpark", "u/benyacobi", "Prince and the Revolution".
      const names = splitAuthors(spacedText(a), { handles: true, single: true });
      if (names.length) return names;
    }
  }
  return [];
}
