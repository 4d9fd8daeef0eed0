import DOMPurify from 'dompurify';
import { ELEMENT_NODE, TEXT_NODE, tagOf } from './dom';

/** The only markup the display HTML keeps; everything else is unwrapped to its text. */
const KEEP = new Set(
  'p h2 h3 h4 h5 h6 ul ol li blockquote pre code em strong b i u s sub sup br hr a figure img table thead tbody tr th td'.split(' '),
);
/** Dropped with their content. */
const DROP = new Set('script style noscript template iframe object embed svg math form input button select textarea figcaption'.split(' '));

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function httpUrl(raw: string | null, base: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function attributesOf(el: Element, tag: string, base: string): string {
  if (tag === 'a') {
    const href = httpUrl(el.getAttribute('href'), base);
    return href ? ` href="${escapeAttr(href)}" rel="noopener noreferrer nofollow"` : '';
  }
  if (tag === 'img') {
    const src = httpUrl(el.getAttribute('src'), base);
    return src ? ` src="${escapeAttr(src)}" alt="${escapeAttr(el.getAttribute('alt') ?? '')}"` : '';
  }
  return '';
}

/**
 * Serialises with an allowlist: only the tags above, only http(s) links and
 * images, every text escaped. Page markup never passes through as a string.
 */
function allowlistHtml(node: Node, base: string, depth = 0): string {
  if (depth > 200) return '';
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) out += escapeText(child.nodeValue ?? '');
    else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      const tag = tagOf(el);
      if (DROP.has(tag)) continue;
      if (tag === 'img' && !httpUrl(el.getAttribute('src'), base)) continue;
      const inner = tag === 'br' || tag === 'hr' || tag === 'img' ? '' : allowlistHtml(el, base, depth + 1);
      if (!KEEP.has(tag)) out += inner;
      else if (tag === 'br' || tag === 'hr' || tag === 'img') out += `<${tag}${attributesOf(el, tag, base)}>`;
      else out += `<${tag}${attributesOf(el, tag, base)}>${inner}</${tag}>`;
    }
  }
  return out;
}

type Purifier = ReturnType<typeof DOMPurify>;

const purifiers = new WeakMap<Window, Purifier>();

/**
 * DOMPurify bound to the window of `doc`, made once per window, when `doc` lives
 * in a real DOM: the page in the content script's isolated world (the full
 * extractor is handed the live document), or jsdom. Null under linkedom (CLI,
 * benchmarks, most tests): its document has no `implementation` and its window no
 * `NodeFilter`, so DOMPurify cannot run there and is never bound to it.
 * The article's own clone is no use: a cloned document has no window.
 */
export function purifierFor(doc: Document): Purifier | null {
  const realDom = typeof (doc as Partial<Document>).implementation?.createHTMLDocument === 'function';
  const view = realDom ? doc.defaultView : null;
  if (!view) return null;
  let purify = purifiers.get(view);
  if (!purify) {
    purify = DOMPurify(view as unknown as Parameters<typeof DOMPurify>[0]);
    purifiers.set(view, purify);
  }
  return purify.isSupported ? purify : null;
}

/**
 * Article HTML safe to display. The allowlist serialiser always runs. Where the
 * page is a real DOM (`purifier` from `purifierFor`), DOMPurify then cleans the
 * allowlist's output as well; under linkedom the allowlist is the only guard.
 */
export function sanitizeHtml(content: Element, baseUrl: string, purifier: Purifier | null): string {
  const html = allowlistHtml(content, baseUrl);
  return purifier ? purifier.sanitize(html, { ALLOWED_URI_REGEXP: /^https?:/i }) : html;
}
