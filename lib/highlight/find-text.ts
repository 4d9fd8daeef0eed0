/**
 * Finds a sentence of a stored article in a live page. The stored text went through
 * extraction (spaces collapsed, invisible characters dropped, NFC), and the page
 * splits it across elements (links, emphasis), so both sides are folded the same way
 * and every folded character keeps the text node and offset it came from.
 */

export interface TextSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Elements whose text a reader never sees as the article. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'IFRAME', 'SVG']);
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** Shorter than this, a fallback prefix could match the wrong sentence. */
const MIN_PREFIX = 40;

/** One character of the comparison form: curly quotes and dashes folded, lower case. */
function fold(char: string): string {
  return char
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

/** The comparison form of a whole string, as the page side builds it character by character. */
export function foldText(text: string): string {
  const parts: string[] = [];
  let spaced = true;
  for (const char of text) {
    if (INVISIBLE.test(char)) continue;
    if (SPACE.test(char)) {
      if (!spaced) parts.push(' ');
      spaced = true;
    } else {
      parts.push(fold(char));
      spaced = false;
    }
  }
  return parts.join('').trimEnd();
}

interface Folded {
  text: string;
  nodes: Text[];
  /** For each UTF-16 unit of `text`: the index in `nodes` and the offset in it of the character it came from. */
  nodeAt: number[];
  offsetAt: number[];
}

function isSkipped(element: Element): boolean {
  return SKIPPED.has(element.tagName.toUpperCase()) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

/** Every visible text node under `root`, in document order. */
function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  // 1 = NodeFilter.SHOW_ELEMENT, 4 = NodeFilter.SHOW_TEXT: constants, so this needs no browser global.
  const walker = doc.createTreeWalker(root, 1 | 4, {
    acceptNode: (node) => (node.nodeType === 1 && isSkipped(node as Element) ? 2 : 1), // 2 = FILTER_REJECT: skip the subtree
  });
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === 3) found.push(node as Text);
  return found;
}

/** One character's comparison form; ASCII, nearly all of a page, without a regex. */
function foldChar(char: string, code: number): string {
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  return fold(char);
}

function foldNodes(root: Node): Folded {
  const nodes = textNodes(root);
  // Parts joined once at the end: appending to a string while reading its end makes V8
  // flatten it on every character, quadratic on a long page.
  const parts: string[] = [];
  const nodeAt: number[] = [];
  const offsetAt: number[] = [];
  let spaced = true;
  const push = (chars: string, node: number, offset: number) => {
    parts.push(chars);
    for (let k = 0; k < chars.length; k++) {
      nodeAt.push(node);
      offsetAt.push(offset);
    }
  };
  nodes.forEach((node, n) => {
    const data = node.data;
    for (let i = 0; i < data.length;) {
      const code = data.codePointAt(i)!;
      const char = code > 0xffff ? String.fromCodePoint(code) : data[i]!;
      if (code === 32 || (code < 0x80 ? code >= 9 && code <= 13 : SPACE.test(char))) {
        if (!spaced) push(' ', n, i);
        spaced = true;
      } else if (code < 0x80 || !INVISIBLE.test(char)) {
        push(foldChar(char, code), n, i);
        spaced = false;
      }
      i += char.length;
    }
    // Block boundaries rarely carry a space in the DOM; a sentence never spans one anyway.
    if (!spaced) push(' ', n, data.length);
    spaced = true;
  });
  return { text: parts.join(''), nodes, nodeAt, offsetAt };
}

function spanAt(folded: Folded, start: number, length: number): TextSpan {
  const last = start + length - 1;
  const endNode = folded.nodes[folded.nodeAt[last]!]!;
  const endOffset = folded.offsetAt[last]!;
  // The end is exclusive: past the last character, surrogate pairs included.
  const endChar = endNode.data.codePointAt(endOffset)!;
  return {
    startNode: folded.nodes[folded.nodeAt[start]!]!,
    startOffset: folded.offsetAt[start]!,
    endNode,
    endOffset: Math.min(endNode.data.length, endOffset + (endChar > 0xffff ? 2 : 1)),
  };
}

/**
 * Where `sentence` is in the text under `root`: the whole sentence, else its longest
 * prefix of whole words that is still distinctive (a page may add a footnote mark
 * or edit the end). Null when it is not there.
 */
export function findText(root: Node, sentence: string): TextSpan | null {
  const needle = foldText(sentence);
  if (needle === '') return null;
  const folded = foldNodes(root);
  const at = folded.text.indexOf(needle);
  if (at >= 0) return spanAt(folded, at, needle.length);
  for (let cut = needle.lastIndexOf(' '); cut >= MIN_PREFIX; cut = needle.lastIndexOf(' ', cut - 1)) {
    const prefix = needle.slice(0, cut);
    const found = folded.text.indexOf(prefix);
    if (found >= 0) return spanAt(folded, found, prefix.length);
  }
  return null;
}
