// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findText, foldText, type TextSpan } from './find-text';

let doc: Document;
function page(html: string): HTMLElement {
  doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  return doc.body;
}

/** The page text a span covers, as a Range would read it. */
function textOf(span: TextSpan | null): string | null {
  if (!span) return null;
  const range = doc.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range.toString();
}

describe('findText', () => {
  it('finds a sentence split across links and emphasis', () => {
    const root = page('<p>Talks began. <a href="#">Annika Sorvald</a> met <em>Dmitar   Kovin</em> in Lorn. Then they left.</p>');
    expect(textOf(findText(root, 'Annika Sorvald met Dmitar Kovin in Lorn.'))).toBe('Annika Sorvald met Dmitar   Kovin in Lorn.');
  });

  it('matches the page’s curly quotes, dashes and no-break spaces to the stored text', () => {
    const root = page('<p>“We did not solve everything today,” Sorvald said\u00a0— calmly.</p>');
    expect(textOf(findText(root, '"We did not solve everything today," Sorvald said - calmly.'))).toBe(
      '“We did not solve everything today,” Sorvald said\u00a0— calmly.',
    );
  });

  it('ignores scripts, hidden elements and invisible characters', () => {
    const root = page('<script>var s = "Kessel reopens";</script><p hidden>Kessel reopens</p><p>The Kes\u00adsel crossing reopens.</p>');
    const span = findText(root, 'The Kessel crossing reopens.');
    expect(textOf(span)).toBe('The Kes\u00adsel crossing reopens.');
    expect(span?.startNode.parentElement?.tagName).toBe('P');
    expect(findText(root, 'var s')).toBeNull();
  });

  it('falls back to a long prefix when the page changed the end of the sentence', () => {
    const root = page('<p>Officials from both delegations confirmed that there was no agreement on troop withdrawals.[1]</p>');
    expect(textOf(findText(root, 'Officials from both delegations confirmed that there was no agreement on troop pullbacks.'))).toBe(
      'Officials from both delegations confirmed that there was no agreement on troop',
    );
  });

  it('finds nothing for a sentence the page does not have, or a short one that differs', () => {
    const root = page('<p>The talks lasted four hours.</p>');
    expect(findText(root, 'The talks lasted five hours.')).toBeNull();
    expect(findText(root, '   ')).toBeNull();
  });

  it('reads a break between paragraphs as a space', () => {
    const root = page('<p>First paragraph</p><p>second paragraph.</p>');
    expect(textOf(findText(root, 'First paragraph second paragraph.'))).toBe('First paragraphsecond paragraph.');
    expect(foldText('  A\u00a0 “B”  ')).toBe('a "b"');
  });
});

describe('findText on a long page', () => {
  it('searches a 300,000-character page in linear time: seconds at most, not minutes', () => {
    const paragraph =
      '<p>The ministers agreed on Wednesday to reopen the <a href="#">Kessel</a> crossing from “December 1”, the first step.</p>';
    const root = page(`${paragraph.repeat(2_500)}<p>The sentence at the very end of the page.</p>`);
    const started = performance.now();
    expect(textOf(findText(root, 'The sentence at the very end of the page.'))).toBe('The sentence at the very end of the page.');
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
