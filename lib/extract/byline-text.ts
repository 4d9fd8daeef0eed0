import { ELEMENT_NODE, TEXT_NODE, clean } from './dom';

/** Elements that start a line: a byline's name, affiliation and date often sit in blocks of their own. */
const BLOCKS = new Set([
  'div',
  'p',
  'li',
  'br',
  'section',
  'header',
  'address',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
]);

/** Marks a block's edge while reading; the page's own line breaks are only white space. */
const LINE = '\u2029';

/**
 * Text with a separator wherever an element starts, so "By<a>Jana</a><span>May 3</span>" does not run together:
 * a space around inline elements, a line break around blocks.
 */
export function spacedText(el: Element): string {
  return shortSpacedText(el, Infinity) ?? '';
}

/**
 * `spacedText` of an element whose text is at most `max` characters, else null.
 * Stops reading early: a container's whole text is long, and callers want a line.
 */
export function shortSpacedText(el: Element, max: number): string | null {
  // Markup indents with white space that `clean` removes: read well past `max` before giving up.
  const limit = max * 4;
  let out = '';
  const walk = (node: Node, depth: number) => {
    for (let child = node.firstChild; child && depth < 20 && out.length <= limit; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) out += child.nodeValue ?? '';
      else if (child.nodeType === ELEMENT_NODE) {
        const separator = BLOCKS.has((child as Element).tagName.toLowerCase()) ? LINE : ' ';
        out += separator;
        walk(child, depth + 1);
        out += separator;
      }
    }
  };
  walk(el, 0);
  if (out.length > limit) return null;
  const text = out.split(LINE).map(clean).filter(Boolean).join('\n');
  return text.length <= max ? text : null;
}
