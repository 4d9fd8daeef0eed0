import { findText, type TextSpan } from '@/lib/highlight/find-text';

const NAME = 'parallax-evidence';
/** Our own constant rule; nothing page-derived ever goes into the page's markup. */
const HIGHLIGHT_CSS = `::highlight(${NAME}) { background-color: #ffe27a; color: #1b2130; }`;
const MARK_ATTRIBUTE = 'data-parallax-highlight';

interface HighlightApi {
  highlights: { set(name: string, highlight: unknown): void; delete(name: string): void };
  Highlight: new (...ranges: Range[]) => unknown;
}

/** The CSS Custom Highlight API where the browser has it (Chromium 105+, Firefox 140+). */
function highlightApi(view: Window): HighlightApi | null {
  const css = (view as unknown as { CSS?: { highlights?: HighlightApi['highlights'] } }).CSS;
  const Highlight = (view as unknown as { Highlight?: HighlightApi['Highlight'] }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

/**
 * Highlights one sentence in the page and scrolls it into view; at most one at a time.
 * With the Highlight API the page's DOM is untouched; without it, the sentence's own
 * text nodes are wrapped in <mark> elements we create, and unwrapped on the next call.
 */
export function createSentenceHighlighter(doc: Document) {
  const view = doc.defaultView!;
  let marks: HTMLElement[] = [];

  const clear = () => {
    highlightApi(view)?.highlights.delete(NAME);
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    marks = [];
  };

  const withStyle = () => {
    if (doc.getElementById(`${NAME}-style`)) return;
    const style = doc.createElement('style');
    style.id = `${NAME}-style`;
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
  };

  const wrap = (span: TextSpan): HTMLElement[] => {
    const range = doc.createRange();
    range.setStart(span.startNode, span.startOffset);
    range.setEnd(span.endNode, span.endOffset);
    const root = range.commonAncestorContainer;
    const nodes: Text[] = [];
    if (root.nodeType === 3) nodes.push(root as Text);
    else {
      const walker = doc.createTreeWalker(root, 4);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (range.intersectsNode(node) && !node.parentElement?.closest('script, style, noscript')) nodes.push(node as Text);
      }
    }
    return nodes.flatMap((node) => {
      let piece = node;
      if (node === span.endNode && span.endOffset < node.data.length) node.splitText(span.endOffset);
      if (node === span.startNode && span.startOffset > 0) piece = node.splitText(span.startOffset);
      if (piece.data.trim() === '') return [];
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTRIBUTE, '');
      piece.parentNode!.insertBefore(mark, piece);
      mark.append(piece);
      return [mark];
    });
  };

  /** False where there is no Highlight API, or it refuses our objects (Firefox's content-script wrappers may). */
  const highlightWithApi = (span: TextSpan): boolean => {
    const api = highlightApi(view);
    if (!api) return false;
    try {
      const range = doc.createRange();
      range.setStart(span.startNode, span.startOffset);
      range.setEnd(span.endNode, span.endOffset);
      api.highlights.set(NAME, new api.Highlight(range));
      withStyle();
      return true;
    } catch {
      return false;
    }
  };

  return {
    /** True when the sentence was found, highlighted and scrolled to. */
    highlight(sentence: string): boolean {
      clear();
      const span = doc.body ? findText(doc.body, sentence) : null;
      if (!span) return false;
      if (!highlightWithApi(span)) marks = wrap(span);
      span.startNode.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return true;
    },
    clear,
  };
}
