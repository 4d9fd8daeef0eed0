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
export function metaIndex(doc: Document): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const el of doc.querySelectorAll('meta')) {
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

export function metaContent(doc: Document, ...keys: string[]): string | null {
  return metaFrom(metaIndex(doc), ...keys);
}

/** The first value of the first key present. */
export function metaFrom(index: Map<string, string[]>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = index.get(key.toLowerCase())?.[0];
    if (value) return value;
  }
  return null;
}

export function linkHref(doc: Document, rel: string): string | null {
  for (const el of doc.querySelectorAll('link[rel]')) {
    const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = clean(el.getAttribute('href'));
    if (rels.includes(rel) && href) return href;
  }
  return null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Lower-case tag name: linkedom and browsers disagree on case for some documents. */
export function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

/**
 * Elements matching any of `selectors`, grouped by the first selector each
 * matches, in one traversal of the tree: linkedom walks the whole document for
 * every querySelectorAll, and the metadata readers ask in order of preference.
 */
export function bySelectorPriority(root: ParentNode, selectors: string[], perSelector = 20): Element[][] {
  const groups: Element[][] = selectors.map(() => []);
  for (const el of root.querySelectorAll(selectors.join(', '))) {
    const index = selectors.findIndex((selector) => el.matches(selector));
    if (index >= 0 && groups[index]!.length < perSelector) groups[index]!.push(el);
  }
  return groups;
}
