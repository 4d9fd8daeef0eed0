/** Small, null-safe readers over a Document. Every page-derived string passes through `clean`. */

export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A meta tag's value: `content`, or `value` as some CMSes and saved pages write it. */
function metaValue(el: Element): string {
  return clean(el.getAttribute('content') ?? el.getAttribute('value'));
}

/**
 * Every meta tag keyed by name, property or itemprop, lower-cased, in document order.
 * Built once per page: the metadata readers ask for dozens of keys.
 */
export function metaIndex(metas: Iterable<Element>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const el of metas) {
    const value = metaValue(el);
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (!key) continue;
        const list = index.get(key);
        if (list) list.push(value);
        else index.set(key, [value]);
      }
    }
  }
  return index;
}

/** The first value of the first key present. */
export function metaFrom(index: Map<string, string[]>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = index.get(key.toLowerCase())?.[0];
    if (value) return value;
  }
  return null;
}

export function linkHref(links: Iterable<Element>, rel: string): string | null {
  for (const el of links) {
    const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = clean(el.getAttribute('href'));
    if (rels.includes(rel) && href) return href;
  }
  return null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * The class attribute as the page wrote it. linkedom's `getAttribute('class')`
 * builds the element's DOMTokenList and joins it back on every call: the page
 * scan reads the class of every element, and most have none.
 */
export function classOf(el: Element): string {
  return el.getAttributeNode('class')?.value ?? '';
}

/** Lower-case tag name: linkedom and browsers disagree on case for some documents. */
export function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

/**
 * The first `limit` elements under `root` that pass `test`, given their
 * lower-case tag, in document order and, as `querySelectorAll` does, not inside
 * a <template>: a selector query without the selector, which linkedom would
 * compile anew on every call.
 */
export function descendantsWhere(root: Element, test: (el: Element, tag: string) => boolean, limit = Infinity): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [];
  const pushChildren = (el: Element) => {
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  };
  pushChildren(root);
  while (stack.length && found.length < limit) {
    const el = stack.pop()!;
    const tag = tagOf(el);
    if (test(el, tag)) found.push(el);
    if (tag !== 'template') pushChildren(el);
  }
  return found;
}

/** The <a> elements under `root`, in document order. */
export const linksIn = (root: Element) => descendantsWhere(root, (_, tag) => tag === 'a');

/** Whether any element under `root` passes `test`. */
export const hasDescendant = (root: Element, test: (el: Element, tag: string) => boolean) => descendantsWhere(root, test, 1).length > 0;

/**
 * The nearest of `el` and its ancestors below <body> that passes `test`, given
 * its lower-case tag and class attribute: `closest()` without a selector, which
 * linkedom would compile anew on every call. <body> and <html> are not asked:
 * their classes describe the page and the site's feature flags (Kinja's body
 * carries "f_related_stories_inset_on", "f_comment_nofollow_on"; WordPress
 * themes add "comments-open"), never a widget an element sits in.
 */
export function closestWhere(el: Element | null, test: (el: Element, tag: string, cls: string) => boolean): Element | null {
  for (let node = el; node; node = node.parentElement) {
    const tag = tagOf(node);
    if (tag === 'body' || tag === 'html') return null;
    if (test(node, tag, classOf(node))) return node;
  }
  return null;
}
