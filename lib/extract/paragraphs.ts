import { ELEMENT_NODE, TEXT_NODE, clean } from './dom';

/** Elements that start a new block of text; everything else flows inline. */
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
/** Never article text: captions and credits under photos, scripts, embedded media. */
const SKIP = new Set('FIGCAPTION SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME OBJECT VIDEO AUDIO BUTTON SELECT TEXTAREA'.split(' '));

/**
 * The article's text blocks in reading order: text is split wherever a block
 * element starts or ends, so text loose in a <div> or between <br>s is kept too.
 */
export function paragraphsOf(content: Element): string[] {
  const blocks: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = clean(buffer);
    if (text && text !== blocks[blocks.length - 1]) blocks.push(text);
    buffer = '';
  };
  const walk = (node: Node, depth: number) => {
    if (depth > 500) return;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) buffer += child.nodeValue ?? '';
      else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (BLOCK.has(tag)) {
          flush();
          walk(child, depth + 1);
          flush();
        } else walk(child, depth + 1);
      }
    }
  };
  walk(content, 0);
  flush();
  return blocks;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Words in the text. Scripts written without spaces (Chinese, Japanese) count
 * one word per character, as word processors do.
 */
export function countWords(paragraphs: string[]): number {
  return paragraphs.reduce((sum, text) => {
    const cjk = text.match(CJK)?.length ?? 0;
    const rest = cjk ? text.replace(CJK, ' ') : text;
    return sum + cjk + (rest.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0);
  }, 0);
}

/**
 * Removes byline lines ("By Jana Petrov", "Jana Petrov, Staff Reporter") that
 * Readability keeps when the page also states its authors in metadata.
 */
export function withoutBylines(paragraphs: string[], authors: string[]): string[] {
  const names = authors.map((name) => name.toLowerCase());
  const isByline = (text: string) =>
    text.length < 120 &&
    (/^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\s+\p{Lu}/u.test(text) || names.some((name) => text.toLowerCase().startsWith(name)));
  return paragraphs.filter((text) => !isByline(text));
}
