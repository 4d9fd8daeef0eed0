import { describe, expect, it } from 'vitest';
import { articlePage, homePage, parseDocument } from '../testing/pages';
import { extractArticle } from '.';

describe('extractArticle', () => {
  it('reads a news article with its metadata and clean paragraphs', () => {
    const result = extractArticle(parseDocument(articlePage()), 'https://wire.example/2026/11/18/ministers-meet.html?utm_source=feed#top');
    expect(result).toMatchObject({
      isArticle: true,
      url: 'https://wire.example/2026/11/18/ministers-meet.html',
      canonicalUrl: 'https://wire.example/2026/11/18/ministers-meet.html',
      title: 'Ministers meet in Lorn',
      outlet: 'Continental Wire',
      authors: ['Jana Petrov'],
      publishedAt: '2026-11-18T08:30:00.000Z',
      lang: 'en',
      sources: { title: 'json-ld', outlet: 'json-ld', publishedAt: 'json-ld', canonicalUrl: 'html' },
    });
    if (!result.isArticle) return;
    // The page's eight paragraphs cycle five sentence pairs: the three printed twice are kept once.
    expect(result.paragraphs).toHaveLength(5);
    expect(result.paragraphs.join(' ')).not.toMatch(/Home|©/);
    expect(result.wordCount).toBeGreaterThan(150);
  });

  it('says a teaser-filled home page is not an article, and why', () => {
    const result = extractArticle(parseDocument(homePage()), 'https://wire.example/world/');
    expect(result).toMatchObject({ isArticle: false, reason: expect.stringMatching(/not-readerable|listing-page/) });
    if (!result.isArticle) expect(result.explanation).toMatch(/article|stories/);
  });

  it('never takes a site root for an article', () => {
    expect(extractArticle(parseDocument(articlePage()), 'https://wire.example/')).toMatchObject({
      isArticle: false,
      reason: 'listing-page',
    });
  });

  it('ignores a canonical link that points to another site', () => {
    const page = articlePage({ canonical: 'https://other-outlet.example/original.html' });
    expect(extractArticle(parseDocument(page), 'https://wire.example/copy.html')).toMatchObject({
      canonicalUrl: 'https://wire.example/copy.html',
    });
  });

  it('returns a reason instead of throwing on empty and non-web input', () => {
    expect(extractArticle(parseDocument('<html><body></body></html>'), 'https://wire.example/a.html')).toMatchObject({
      reason: 'empty-document',
    });
    expect(extractArticle(parseDocument(articlePage()), 'file:///tmp/a.html')).toMatchObject({ reason: 'unsupported-url' });
  });

  it('reads a Japanese article of short paragraphs that declares nothing: CJK says more in fewer characters', () => {
    const sentence = (i: number) =>
      `<p>2018年を代表する${i}番目のオープンソースプロジェクトを紹介する。開発者調査で最も人気のある開発環境にランクされ、多くの企業が採用している。</p>`;
    const page = `<html lang="ja"><head><title>オープンソースプロジェクト10選</title></head><body><h1>オープンソースプロジェクト10選</h1>${Array.from({ length: 10 }, (_, i) => sentence(i + 1)).join('')}</body></html>`;
    expect(extractArticle(parseDocument(page), 'https://news.example.jp/oss_info/article.html?oid=8976')).toMatchObject({
      isArticle: true,
      lang: 'ja',
    });
  });

  it('takes the headline from the first <h1> that says what the metadata says, not a section label above it', () => {
    const text = [1, 2, 3, 4]
      .map(
        (i) => `<p>The company said on day ${i} that the new mouse signs in to Windows with a fingerprint and goes on sale next month.</p>`,
      )
      .join('');
    const page =
      '<html lang="en"><head><title>Fingerprint mouse signs in to Windows | Harbor Supply Inc.</title><meta property="og:type" content="article"></head>' +
      `<body><h1>News releases</h1><div><h1 class="news">Fingerprint mouse signs in to Windows</h1>${text}</div></body></html>`;
    expect(extractArticle(parseDocument(page), 'https://www.example.co.jp/news/20190305.html')).toMatchObject({
      title: 'Fingerprint mouse signs in to Windows',
    });
  });
});
