import { describe, expect, it } from 'vitest';
import { parseDocument } from '../testing/pages';
import { extractArticle } from '.';
import { splitAuthors } from './author-names';

const URL = 'https://wire.example/2026/11/18/ministers-meet.html';
const TEXT = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Ministers met in Lorn on Tuesday, day ${i + 1} of the talks, and agreed a timetable for the next round that begins next month in the capital of the region.</p>`,
).join('');

function authorsOf(body: string, bodyClass = '', head = ''): string[] {
  const html = `<html lang="en"><head><title>Ministers meet</title><meta property="og:type" content="article">${head}</head><body class="${bodyClass}">${body}</body></html>`;
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

  it('reads every rel=author of an <address> byline, even one the layout puts in an <aside>', () => {
    const body =
      '<h1>Ministers meet</h1><aside><address><div><a rel="author" href="/profile/jana">Jana Petrov</a> and <a rel="author" href="/profile/ola">Ola Berg</a></div></address></aside>' +
      TEXT;
    expect(authorsOf(body)).toEqual(['Jana Petrov', 'Ola Berg']);
  });

  it('ends a "By" line with its block: the affiliation below is not part of the name', () => {
    const body = `<h1>Ministers meet</h1><div class="article_byline"><div>By <span>Joe Davidson</span></div><div><div>Washington Post</div><time>Dec 13, 2016</time></div></div>${TEXT}`;
    expect(authorsOf(body)).toEqual(['Joe Davidson']);
  });

  it('skips a meta author list that credits a photo shoot and reads the byline instead', () => {
    const head = '<meta name="author" content="Connie Wang,Sharokh Mirzai,Ariel Pierre-Louis at MSA Models,Gracie J using Floss Gloss">';
    const body = `<h1>Ministers meet</h1><div class="byline main-contributors"><a href="/author/connie-wang">Connie Wang</a></div>${TEXT}`;
    expect(authorsOf(body, '', head)).toEqual(['Connie Wang']);
  });

  it('keeps a team credited as one ("Wire Japan Staff") when no person is named', () => {
    const body = `<h1>Ministers meet</h1><p class="author"> Wire Japan Staff 2019年04月28日 08時00分</p>${TEXT}`;
    expect(authorsOf(body)).toEqual(['Wire Japan Staff']);
  });

  it('prefers the person in the byline to a team credited in meta', () => {
    const head = '<meta name="author" content="Harbor Weekly Staff">';
    const body = `<h1>Ministers meet</h1><div class="content-byline">By <a rel="author" href="/author/megan-french/">Megan French</a></div>${TEXT}`;
    expect(authorsOf(body, '', head)).toEqual(['Megan French']);
  });

  it('reads the element classed "writer" beside the headline', () => {
    const body = `<div><h1>Ministers meet</h1><div><span class="writer">松村太郎</span><span class="date">2019年04月13日</span></div></div>${TEXT}`;
    expect(authorsOf(body)).toEqual(['松村太郎']);
  });

  it('accepts a lower-case user name marked rel=author', () => {
    const body = `<h1>Ministers meet</h1><span class="by-author"> by <a rel="author" href="/archives/author/doumae">doumae</a></span>${TEXT}`;
    expect(authorsOf(body)).toEqual(['doumae']);
  });

  it('reads a user profile link under the headline as the author, and a profile link inside a paragraph as a mention', () => {
    const post = `<div><div><h1>Ministers meet</h1></div><div class="username"><a href="/user/benyacobi/">u/benyacobi</a></div></div>${TEXT}`;
    expect(authorsOf(post)).toEqual(['u/benyacobi']);
    const mention = `<div><h1>Ministers meet</h1><p><a href="/people/prince/"><strong>Prince</strong></a> was married when he died and wanted all of his money to go to his wife.</p></div>${TEXT}`;
    expect(authorsOf(mention)).toEqual([]);
  });

  it('drops the section printed before the names ("Politik · …") and the outlet credited in brackets', () => {
    expect(
      authorsOf(`<h1>Ministers meet</h1><div class="article__author"> Politik · Jochen Bittner, Tina Hildebrandt </div>${TEXT}`),
    ).toEqual(['Jochen Bittner', 'Tina Hildebrandt']);
    const head = '<meta property="og:site_name" content="WireSecurity">';
    expect(
      authorsOf(`<div><h1>Ministers meet</h1>${TEXT}<span class="writer writer-name">《WireSecurity》</span></div>`, '', head),
    ).toEqual([]);
  });
});

describe('readAuthors reads', () => {
  it("the story's microdata author even where a list of related stories follows it", () => {
    const related = `<h2>Related news</h2><h3><a href="/2026/11/10/port-strike.html">A different story about the port strike</a></h3>`;
    const body =
      '<article itemscope itemtype="https://schema.org/NewsArticle"><header><h1>Ministers meet</h1></header><section>' +
      '<div hidden itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Paul Wiseman</span>' +
      `<span itemprop="name">Fatima Hussein, The Associated Press</span></div>${TEXT}${related}</section></article>`;
    expect(authorsOf(body)).toEqual(['Paul Wiseman', 'Fatima Hussein']);
  });

  it('a microdata name given as a value: <link itemprop="name" content>', () => {
    const body = `<h1>Ministers meet</h1><span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="name" content="Jana Petrov"></span>${TEXT}`;
    expect(authorsOf(body)).toEqual(['Jana Petrov']);
  });

  it('every author in the block of authors, the translator too, but not a job title beside a name', () => {
    const list = (label: string, name: string) =>
      `<div><p class="meta">${label}</p><ul class="authors"><li><p class="author__bio"><span class="author__name"><a href="/profile/x">${name}</a></span></p></li></ul></div>`;
    const translated = `<h1>Ministers meet</h1><div class="article__authors">${list('作者：', 'Diogo Carleto')}${list('翻訳者', '中村 真子')}</div>${TEXT}`;
    expect(authorsOf(translated)).toEqual(['Diogo Carleto', '中村 真子']);
    const titled = `<h1>Ministers meet</h1><div class="authors"><div class="author-name">By <a href="/people/howard">Howard Blume</a><span class="author-title">Staff Writer</span></div></div>${TEXT}`;
    expect(authorsOf(titled)).toEqual(['Howard Blume']);
  });

  it('the name after a label of its own ("Information provided by (Responsible Party):")', () => {
    const body = `<div><h1>Ministers meet</h1><div class="info-title">Sponsor:</div><div class="info-text">Lorn University</div><div class="info-title">Information provided by (Responsible Party):</div><div class="info-text">Lorn University Health Sciences</div></div>${TEXT}`;
    expect(authorsOf(body)).toEqual(['Lorn University Health Sciences']);
  });

  it('the provider a portal credits with a story it republishes', () => {
    const body = `<div><header><h1>Ministers meet</h1></header><div class="attribution"><span class="provider"><span class="provider-name">Harbor Nation</span></span> • <time datetime="2026-11-18">November 18, 2026</time></div></div>${TEXT}`;
    expect(authorsOf(body)).toEqual(['Harbor Nation']);
  });

  it("an artist's page linked under the headline as one name", () => {
    const body = `<div><h1>Purple Lorn</h1><h2><a href="/artists/Lorn-and-the-revolution">Lorn and the Revolution</a></h2><h3><span>Produced by</span> <span><a href="/artists/Lorn">Lorn</a></span></h3></div>${TEXT}`;
    expect(authorsOf(body)).toEqual(['Lorn and the Revolution']);
  });
});

describe('readAuthors ignores', () => {
  it('a section signed with the site name in a creator meta tag, but not people signed so', () => {
    const head =
      '<meta property="og:site_name" content="Radio-Lorn.ca"><meta name="dc.creator" content="Zone Justice et faits divers - ICI.Radio-Lorn.ca">';
    expect(authorsOf(`<h1>Ministers meet</h1>${TEXT}`, '', head)).toEqual([]);
    const person =
      '<meta property="og:site_name" content="Radio-Lorn.ca"><meta name="author" content="Jana Petrov et Ola Berg - Radio-Lorn.ca">';
    expect(authorsOf(`<h1>Ministers meet</h1>${TEXT}`, '', person)).toEqual(['Jana Petrov', 'Ola Berg']);
  });

  it('a profile on another site, a shared account and a tag cloud', () => {
    const social = `<div><h1>Ministers meet</h1><ul><li><a href="https://video.example/user/harborwire">Video</a></li></ul></div>${TEXT}`;
    expect(authorsOf(social)).toEqual([]);
    const admin = `<h1>Ministers meet</h1><span class="byline">by <a rel="author" href="/author/admin">admin</a></span>${TEXT}`;
    expect(authorsOf(admin)).toEqual([]);
    const tags = `<div><h1>Ministers meet</h1>${TEXT}<section class="tag-cloud"><ul><a href="/people/prince/">Prince</a></ul></section></div>`;
    expect(authorsOf(tags)).toEqual([]);
  });
});

describe('splitAuthors', () => {
  it('splits Japanese credits at their role labels', () => {
    expect(splitAuthors('Eric Freeman 著、嶋田 健志 監訳、木下 哲也 訳')).toEqual(['Eric Freeman', '嶋田 健志', '木下 哲也']);
    expect(splitAuthors('著者 お米ゴハン イラスト 汐街コナ')).toEqual(['お米ゴハン', '汐街コナ']);
  });

  it('keeps a user name whole only when the markup says it is an author', () => {
    expect(splitAuthors('u/benyacobi', { handles: true })).toEqual(['u/benyacobi']);
    expect(splitAuthors('share this')).toEqual([]);
  });
});
