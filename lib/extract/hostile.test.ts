import { describe, expect, it } from 'vitest';
import { articlePage, parseDocument } from '../testing/pages';
import { extractArticle, type ExtractionResult } from '.';
import { repairMojibake } from './text';

const URL = 'https://wire.example/2026/11/18/ministers-meet.html';

/** linkedom throws on some inputs before we see them (a text without a root); the browser never does. */
function parseLoosely(html: string): Document {
  return parseDocument(html);
}

function extractTimed(html: string): [ExtractionResult, number] {
  const doc = parseLoosely(html);
  const started = performance.now();
  const result = extractArticle(doc, URL);
  return [result, performance.now() - started];
}

describe('hostile and broken input', () => {
  it.each([
    ['an empty document', '', 'empty-document'],
    ['a body with only whitespace', '<html><body>  \n </body></html>', 'empty-document'],
    [
      'a frameset',
      '<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
      'empty-document',
    ],
    ['plain text', 'This is a plain text file.\nIt has no markup at all, just words on lines.', 'not-html'],
    ['JSON', '{"headline": "not a page", "items": [1, 2, 3]}', 'not-html'],
  ])('returns NotAnArticle for %s', (_, html, reason) => {
    const [result] = extractTimed(html);
    expect(result).toMatchObject({ isArticle: false, reason });
  });

  it('reads malformed markup (unclosed tags, stray end tags, junk before the doctype) without throwing', () => {
    const page = articlePage().replace(/<\/p>/g, '').replace('<article>', '<article></div></span><b>');
    const [result] = extractTimed(`<br><b>Warning</b>: session_start() failed<br>${page}`);
    expect(result.isArticle === true || result.isArticle === false).toBe(true);
  });

  it('finishes a 10 MB page in bounded time', () => {
    const filler = '<div class="row"><p>' + 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20) + '</p></div>\n';
    const page = articlePage().replace('</article>', filler.repeat(Math.ceil(10_000_000 / filler.length)) + '</article>');
    expect(page.length).toBeGreaterThan(10_000_000);
    const [result, ms] = extractTimed(page);
    expect(result.isArticle).toBe(true);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);

  it('survives deeply nested markup', () => {
    const deep = '<div>'.repeat(5_000) + '<p>deep text</p>' + '</div>'.repeat(5_000);
    const [result] = extractTimed(`<html><body>${deep}</body></html>`);
    expect(result.isArticle).toBe(false);
  });

  it('never throws, even when handed something that is not a document', () => {
    for (const doc of [null, undefined, {}, { documentElement: {} }]) {
      expect(() => extractArticle(doc as unknown as Document, URL)).not.toThrow();
      expect(extractArticle(doc as unknown as Document, URL).isArticle).toBe(false);
    }
  });
});

describe('page-patchable globals', () => {
  it('still reads the article when JSON.parse has been replaced', () => {
    const original = JSON.parse;
    JSON.parse = () => ({ '@type': 'NewsArticle', headline: 'forged' });
    try {
      const result = extractArticle(parseDocument(articlePage()), URL);
      expect(result.isArticle).toBe(true);
    } finally {
      JSON.parse = original;
    }
  });

  it('returns a result rather than throwing when Array.prototype.map has been sabotaged', () => {
    const doc = parseDocument(articlePage());
    const original = Array.prototype.map;
    Array.prototype.map = function () {
      throw new Error('hijacked');
    };
    let result: ExtractionResult | undefined;
    try {
      result = extractArticle(doc, URL);
    } finally {
      Array.prototype.map = original;
    }
    expect(result?.isArticle === true || result?.isArticle === false).toBe(true);
  });
});

describe('mojibake repair', () => {
  it('repairs UTF-8 read as Windows-1252 and leaves correct text alone', () => {
    expect(repairMojibake('Itâ€™s â€œquotedâ€\u009d â€” cafÃ©, ZÃ¼rich')).toBe('It’s “quoted” — café, Zürich');
    expect(repairMojibake('À la carte, São Paulo, Âge, naïve')).toBe('À la carte, São Paulo, Âge, naïve');
  });
});
