import { findText } from '@/lib/highlight/find-text';

/**
 * Where the highlight is drawn. The page's own scripts must not learn which sentence
 * the reader asked about: which of its sentences only this outlet tells, or all others
 * leave out, says what else the reader has read.
 */
export interface HighlightLayer {
  /** The element the boxes go in. */
  readonly boxes: HTMLElement;
  remove(): void;
}

const HOST = 'parallax-highlight';
/** Our own constant rules; nothing page-derived ever goes into the page. */
const HOST_STYLE = 'all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;';
const BOX_STYLE = 'position: fixed; background: rgb(255 214 10 / 45%); mix-blend-mode: multiply; border-radius: 2px; pointer-events: none;';

/**
 * A layer in a closed shadow root: the page sees an empty element while a sentence is
 * highlighted, and nothing of what is in it. The page's DOM, its styles and its
 * CSS highlight registry stay untouched.
 */
export function closedLayer(doc: Document): HighlightLayer {
  const host = doc.createElement(HOST);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const boxes = doc.createElement('div');
  root.append(boxes);
  doc.documentElement.append(host);
  return { boxes, remove: () => host.remove() };
}

/**
 * Highlights one sentence in the page and scrolls it into view; at most one at a time.
 * Boxes are drawn over the sentence's lines in a layer the page cannot read (see
 * closedLayer), and follow it as the page scrolls or resizes.
 */
export function createSentenceHighlighter(doc: Document, openLayer: (doc: Document) => HighlightLayer = closedLayer) {
  const view = doc.defaultView!;
  let shown: { range: Range; layer: HighlightLayer } | undefined;
  let frame = 0;

  const draw = () => {
    frame = 0;
    if (!shown) return;
    const lines = [...shown.range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
    shown.layer.boxes.replaceChildren(
      ...lines.map((rect) => {
        const box = doc.createElement('div');
        box.setAttribute('style', BOX_STYLE);
        Object.assign(box.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
        return box;
      }),
    );
  };
  const redraw = () => {
    if (frame === 0) frame = view.requestAnimationFrame(draw);
  };
  // Capture: a scroll of any element (an article in its own scrolling box) moves the sentence too.
  const listening = { capture: true, passive: true } as const;

  const clear = () => {
    if (!shown) return;
    view.removeEventListener('scroll', redraw, listening);
    view.removeEventListener('resize', redraw);
    if (frame) view.cancelAnimationFrame(frame);
    frame = 0;
    shown.layer.remove();
    shown = undefined;
  };

  return {
    /** True when the sentence was found, highlighted and scrolled to. */
    highlight(sentence: string): boolean {
      clear();
      const span = doc.body ? findText(doc.body, sentence) : null;
      if (!span) return false;
      const range = doc.createRange();
      range.setStart(span.startNode, span.startOffset);
      range.setEnd(span.endNode, span.endOffset);
      shown = { range, layer: openLayer(doc) };
      view.addEventListener('scroll', redraw, listening);
      view.addEventListener('resize', redraw);
      draw();
      span.startNode.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return true;
    },
    clear,
  };
}
