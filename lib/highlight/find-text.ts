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
  let out = '';
  for (const char of text) {
    if (INVISIBLE.test(char)) continue;
    if (SPACE.test(char)) {
      if (out !== '' && !out.endsWith(' ')) out += ' ';
    } else out += fold(char);
  }
  return out.trimEnd();
}

interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`, the node and offset of the character it came from. */
  nodes: Text[];
  offsets: number[];
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

function foldNodes(root: Node): Folded {
  const folded: Folded = { text: '', nodes: [], offsets: [] };
  const push = (chars: string, node: Text, offset: number) => {
    folded.text += chars;
    for (let i = 0; i < chars.length; i++) {
      folded.nodes.push(node);
      folded.offsets.push(offset);
    }
  };
  for (const node of textNodes(root)) {
    const data = node.data;
    for (let i = 0; i < data.length;) {
      const code = data.codePointAt(i)!;
      const char = String.fromCodePoint(code);
      if (SPACE.test(char)) {
        if (folded.text !== '' && !folded.text.endsWith(' ')) push(' ', node, i);
      } else if (!INVISIBLE.test(char)) push(fold(char), node, i);
      i += char.length;
    }
    // Block boundaries rarely carry a space in the DOM; a sentence never spans one anyway.
    if (folded.text !== '' && !folded.text.endsWith(' ')) push(' ', node, data.length);
  }
  return folded;
}

function spanAt(folded: Folded, start: number, length: number): TextSpan {
  const last = start + length - 1;
  const endNode = folded.nodes[last]!;
  const endOffset = folded.offsets[last]!;
  // The end is exclusive: past the last character, surrogate pairs included.
  const endChar = endNode.data.codePointAt(endOffset)!;
  return {
    startNode: folded.nodes[start]!,
    startOffset: folded.offsets[start]!,
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
