// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSentenceHighlighter, type HighlightLayer } from './highlight';

const ARTICLE = '<article><p>Talks began. <a href="#">Sorvald</a> met Kovin in Lorn. Then they left.</p><p>Nothing else.</p></article>';

/** jsdom lays nothing out: each range is given two lines, one box each. */
const LINES = [new DOMRect(10, 100, 300, 20), new DOMRect(10, 120, 120, 20)];

/** An open layer, so that the test can see the boxes the page could not. */
function openLayer(doc: Document): HighlightLayer & { removed: boolean } {
  const boxes = doc.createElement('div');
  const layer = { boxes, removed: false, remove: () => void (layer.removed = true) };
  return layer;
}

beforeEach(() => {
  document.body.innerHTML = ARTICLE;
  Element.prototype.scrollIntoView = vi.fn();
  Range.prototype.getClientRects = () => LINES as unknown as DOMRectList;
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.querySelectorAll('parallax-highlight').forEach((host) => host.remove());
});

describe('the in-page sentence highlight', () => {
  it('draws a box over each line of the sentence and scrolls to it, leaving the page’s DOM as it was', () => {
    const layers: ReturnType<typeof openLayer>[] = [];
    const highlighter = createSentenceHighlighter(document, (doc) => layers[layers.push(openLayer(doc)) - 1]!);
    expect(highlighter.highlight('Sorvald met Kovin in Lorn.')).toBe(true);
    expect([...layers[0]!.boxes.children].map((box) => (box as HTMLElement).style.top)).toEqual(['100px', '120px']);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(document.body.innerHTML).toBe(ARTICLE);

    // One at a time: the next sentence takes the first one's place.
    expect(highlighter.highlight('Nothing else.')).toBe(true);
    expect(layers.map((l) => l.removed)).toEqual([true, false]);
    highlighter.clear();
    expect(layers[1]!.removed).toBe(true);
  });

  it('follows the sentence when the page scrolls', async () => {
    const layer = openLayer(document);
    const highlighter = createSentenceHighlighter(document, () => layer);
    highlighter.highlight('Sorvald met Kovin in Lorn.');
    Range.prototype.getClientRects = () => [new DOMRect(10, 40, 300, 20)] as unknown as DOMRectList;
    window.dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect([...layer.boxes.children].map((box) => (box as HTMLElement).style.top)).toEqual(['40px']);
  });

  it('leaves the page alone when the sentence is not there', () => {
    const opened = vi.fn(openLayer);
    expect(createSentenceHighlighter(document, opened).highlight('A sentence from another article entirely.')).toBe(false);
    expect(opened).not.toHaveBeenCalled();
    expect(document.body.innerHTML).toBe(ARTICLE);
  });

  it('draws in a closed shadow root: the page finds an empty element, and it goes with the highlight', () => {
    const highlighter = createSentenceHighlighter(document);
    highlighter.highlight('Sorvald met Kovin in Lorn.');
    const host = document.querySelector('parallax-highlight')!;
    expect(host.shadowRoot).toBeNull();
    expect(host.childNodes.length).toBe(0);
    expect(document.body.innerHTML).toBe(ARTICLE);
    highlighter.clear();
    expect(document.querySelector('parallax-highlight')).toBeNull();
  });
});
