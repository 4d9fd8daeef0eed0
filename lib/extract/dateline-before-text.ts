import { classOf, clean, hasDescendant, tagOf } from './dom';

/** Never the article's own header: the site's navigation, rails, footers, forms and widgets. */
const SKIP_TAGS = new Set([
  'nav',
  'footer',
  'aside',
  'form',
  'select',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'button',
]);
const SKIP_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'complementary', 'dialog']);
/** A line of running text this long means the article has begun: dates after it belong to other stories or comments. */
const RUNNING_TEXT = 80;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Chinese, Japanese and Korean say in one character what takes about two elsewhere. */
const textLength = (text: string) => text.length + (text.match(WIDE)?.length ?? 0);
/** A bound on the walk: what comes before the article is a header and a menu, not thousands of elements. */
const MAX_ELEMENTS = 1500;
/** A date printed alone ("2019.03.05", "2019年3月5日", "March 5, 2019"): a dateline, not a date inside a sentence. */
const DATE_ALONE = /^[^.!?]{0,12}\d{1,4}[^!?]{0,28}$/;

function isChrome(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag) || SKIP_ROLES.has(el.getAttribute('role') ?? '')) return true;
  if (/related|comment|breadcrumb|menu|sidebar/i.test(classOf(el))) return true;
  // The site's banner; an article's own <header> holds its <h1>.
  return tag === 'header' && !hasDescendant(el, (_, t) => t === 'h1');
}

/** The element's own text, without its children's: a paragraph of running text has it, a menu of links does not. */
function ownText(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3) text += node.nodeValue ?? '';
  return clean(text);
}

const INLINE = new Set(['a', 'span', 'b', 'strong', 'em', 'i', 'u', 'font', 'small', 'time', 'sup', 'sub', 'abbr', 'br']);

/** Holds one line: text and a few inline elements ("最終更新日：2019年4月2日<br>", "<b>Posted</b> 2019.03.05"). */
function isLine(el: Element): boolean {
  let children = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (!INLINE.has(tagOf(child))) return false;
    if (tagOf(child) !== 'br') children++;
  }
  return children <= 3;
}

/** Text outside links: a teaser headline is a link, a paragraph of the article is not. */
function unlinkedLength(el: Element, text: string): number {
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) linked += textLength(clean(a.textContent));
  return textLength(text) - linked;
}

/**
 * The date printed alone closest above the first line of running text, for
 * pages whose headline is no <h1>: the dateline of pages that mark nothing up
 * and keep it outside the block Readability keeps (table layouts put
 * "2019.03.05" in a cell above the headline). The site's chrome is skipped; a
 * date followed by an <h1> before any text is the site header's "today", which
 * `datelineNearHeadline` has already looked past. A bounded walk in document
 * order, run only when every other reader has failed.
 */
export function datelineBeforeText(body: Element | null, parse: (text: string) => string | null): string | null {
  if (!body) return null;
  let found: string | null = null;
  const stack: Element[] = [];
  for (let child = body.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  for (let visited = 0; stack.length && visited < MAX_ELEMENTS; visited++) {
    const el = stack.pop()!;
    const tag = tagOf(el);
    if (tag === 'h1') return null;
    if (isChrome(el, tag)) continue;
    if (textLength(ownText(el)) >= RUNNING_TEXT) return found;
    if (!isLine(el)) {
      for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
      continue;
    }
    const text = clean(el.textContent);
    if (textLength(text) >= RUNNING_TEXT && unlinkedLength(el, text) >= RUNNING_TEXT) return found;
    if (text.length >= 6 && DATE_ALONE.test(text)) found = parse(text) ?? found;
  }
  return null;
}
