// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSentenceHighlighter } from './highlight';

const ARTICLE = '<article><p>Talks began. <a href="#">Sorvald</a> met Kovin in Lorn. Then they left.</p><p>Nothing else.</p></article>';

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.innerHTML = '';
});

describe('the in-page sentence highlight', () => {
  it('wraps the sentence in marks where the Highlight API is missing, and unwraps them on the next call', () => {
    document.body.innerHTML = ARTICLE;
    Element.prototype.scrollIntoView = vi.fn();
    const highlighter = createSentenceHighlighter(document);
    expect(highlighter.highlight('Sorvald met Kovin in Lorn.')).toBe(true);
    const marks = [...document.querySelectorAll('mark[data-parallax-highlight]')];
    expect(marks.map((m) => m.textContent).join('')).toBe('Sorvald met Kovin in Lorn.');
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();

    expect(highlighter.highlight('Nothing else.')).toBe(true);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Nothing else.']);
    highlighter.clear();
    expect(document.body.innerHTML).toBe(ARTICLE);
  });

  it('leaves the page alone when the sentence is not there', () => {
    document.body.innerHTML = ARTICLE;
    expect(createSentenceHighlighter(document).highlight('A sentence from another article entirely.')).toBe(false);
    expect(document.body.innerHTML).toBe(ARTICLE);
  });

  it('uses the Highlight API where there is one, without touching the page’s DOM', () => {
    document.body.innerHTML = ARTICLE;
    Element.prototype.scrollIntoView = vi.fn();
    const registry = new Map<string, { ranges: Range[] }>();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal(
      'Highlight',
      class {
        ranges: Range[];
        constructor(...ranges: Range[]) {
          this.ranges = ranges;
        }
      },
    );
    const highlighter = createSentenceHighlighter(document);
    expect(highlighter.highlight('Sorvald met Kovin in Lorn.')).toBe(true);
    expect(registry.get('parallax-evidence')?.ranges.map((r) => r.toString())).toEqual(['Sorvald met Kovin in Lorn.']);
    expect(document.body.innerHTML).toBe(ARTICLE);
    expect(document.head.querySelector('style')?.textContent).toContain('::highlight(parallax-evidence)');
    highlighter.clear();
    expect(registry.size).toBe(0);
  });
});

describe('when the Highlight API refuses', () => {
  it('falls back to marks', () => {
    document.body.innerHTML = ARTICLE;
    Element.prototype.scrollIntoView = vi.fn();
    vi.stubGlobal('CSS', {
      highlights: {
        set() {
          throw new TypeError('not a Highlight');
        },
        delete() {},
      },
    });
    vi.stubGlobal('Highlight', class {});
    expect(createSentenceHighlighter(document).highlight('Sorvald met Kovin in Lorn.')).toBe(true);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent).join('')).toBe('Sorvald met Kovin in Lorn.');
  });
});
