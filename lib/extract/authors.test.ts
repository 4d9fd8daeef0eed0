import { describe, expect, it } from 'vitest';
import { parseDocument } from '../testing/pages';
import { extractArticle } from '.';

const URL = 'https://wire.example/2026/11/18/ministers-meet.html';
const TEXT = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Ministers met in Lorn on Tuesday, day ${i + 1} of the talks, and agreed a timetable for the next round that begins next month in the capital of the region.</p>`,
).join('');

function authorsOf(body: string, bodyClass = ''): string[] {
  const html = `<html lang="en"><head><title>Ministers meet</title><meta property="og:type" content="article"></head><body class="${bodyClass}">${body}</body></html>`;
  const result = extractArticle(parseDocument(html), URL);
  if (!result.isArticle) throw new Error(result.reason);
  return result.authors;
}

describe('readAuthors', () => {
  it('skips bylines in story cards whose headline links to another story', () => {
    const card = (name: string, href: string) =>
      `<article class="card"><h2><a href="${href}">A different story about the port strike</a></h2><span class="byline">By <a href="/author/x">${name}</a></span></article>`;
    const body =
      card('Mike Mooney', '/2026/11/10/port-strike.html') +
      `<article><h1 class="story__title">Ministers meet</h1><div class="story__info">By <a href="/author/kathy-wise">Kathy Wise</a></div>${TEXT}</article>`;
    expect(authorsOf(body)).toEqual(['Kathy Wise']);
  });

  it('keeps a byline beside a headline that links to the page itself', () => {
    const body = `<article><h2><a href="${URL}">Ministers meet in Lorn for the second time</a></h2><span class="byline">By Jana Petrov</span>${TEXT}</article>`;
    expect(authorsOf(body)).toEqual(['Jana Petrov']);
  });

  it('does not read "credit" inside a class such as ContentHeaderAccreditation', () => {
    const body =
      '<header><div class="ContentHeaderAccreditation"><div class="Bylines"><div class="BylineWrapper">' +
      '<p itemprop="author">By Alex Hutchinson</p></div></div></div><h1>Ministers meet</h1></header>' +
      TEXT +
      '<section><div class="Summary"><div class="SummaryItem"><h3>Another story</h3><p itemprop="author">By Susan Glasser</p></div></div></section>';
    expect(authorsOf(body)).toEqual(['Alex Hutchinson']);
  });

  it('ignores feature flags in the <body> class: links are not author links because the body says "author"', () => {
    const body = `<div class="topbar"><a href="//sister.example">The Sister Site</a></div><h1>Ministers meet</h1><div><span>By</span> <a href="/author/chris">Chris Thompson</a></div>${TEXT}`;
    expect(authorsOf(body, 'blog f_author_page_canonical_on')).toEqual(['Chris Thompson']);
  });

  it('takes neither the person quoted in a pull quote nor a photo credit for the author', () => {
    const body =
      `<h1>Ministers meet</h1><div class="image-meta"><span class="author">Photograph by Tyrone Turner</span></div>${TEXT}` +
      '<div class="pull-quote"><blockquote>We agree with the plan.</blockquote><div class="pull-quote__author"><span class="author">Boris Kingma</span></div></div>' +
      '<div class="article-author"><a href="/people/jana-petrov">Jana Petrov</a></div>';
    expect(authorsOf(body)).toEqual(['Jana Petrov']);
  });
});
