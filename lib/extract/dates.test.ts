import { describe, expect, it } from 'vitest';
import { parseDocument } from '../testing/pages';
import { extractArticle } from '.';
import { dateInUrl, parseDate } from './dates';

const TEXT = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Ministers met in Lorn on Tuesday, day ${i + 1} of the talks, and agreed a timetable for the next round that begins next month.</p>`,
).join('');

/** Japanese running text, long enough to be an article. */
const JA_TEXT = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>エレコム株式会社は、キー荷重が従来比約18%軽くなった薄型キーボード${i + 1}モデルを発売します。小さい力でキー入力が可能です。</p>`,
).join('');

function publishedAt(body: string, lang = 'en', head = '', url = 'https://wire.example/news/ministers-meet'): string | null {
  const html = `<html lang="${lang}"><head><title>Ministers meet</title><meta property="og:type" content="article">${head}</head><body>${body}</body></html>`;
  const result = extractArticle(parseDocument(html), url);
  if (!result.isArticle) throw new Error(result.reason);
  return result.publishedAt;
}

describe('publication dates', () => {
  it("reads Java's default date form, which some CMSes print into meta tags", () => {
    expect(parseDate('Mon Aug 03 12:45:00 EDT 2015')).toBe('2015-08-03T16:45:00.000Z');
    expect(publishedAt(TEXT, 'en', '<meta name="article:published_time" content="Mon Aug 03 12:45:00 EDT 2015">')).toBe(
      '2015-08-03T16:45:00.000Z',
    );
  });

  it('reads custom time elements that carry a datetime (<relative-time>)', () => {
    expect(
      publishedAt(
        `<article><h1>Ministers meet</h1><relative-time datetime="2020-07-07T12:10:51Z">on Jul 7</relative-time>${TEXT}</article>`,
      ),
    ).toBe('2020-07-07T12:10:51.000Z');
  });

  it('reads a date printed alone on a line of the article, in the page’s time zone', () => {
    expect(publishedAt(`<h1>マイクを発売</h1><div><h3>マイクを発売</h3><h4>2019年04月04日-</h4>${TEXT}</div>`, 'ja')).toBe(
      '2019-04-03T15:00:00.000Z',
    );
  });

  it("reads the date in the story's own meta column, an <aside> of one line, but not in a rail of stories", () => {
    const meta = '<aside><ul><li class="content__meta__date">19.07.2022</li><li>5 Minuten</li></ul></aside>';
    expect(publishedAt(`<article><h1>Das Geheimnis</h1>${meta}${TEXT}</article>`, 'de')).toBe('2022-07-18T22:00:00.000Z');
    const rail = `<aside><p class="teaser-date">12.03.2021</p><p>${'Eine andere Geschichte über etwas anderes. '.repeat(8)}</p></aside>`;
    expect(publishedAt(`<article><h1>Das Geheimnis</h1>${rail}${TEXT}</article>`, 'de')).toBeNull();
  });

  it('reads a label before a numeric date ("最終更新日：2019/02/22", "Stand: 19.07.2022")', () => {
    expect(parseDate('最終更新日：2019/02/22', 'ja')).toBe('2019-02-21T15:00:00.000Z');
    expect(parseDate('Stand: 19.07.2022')).toBe('2022-07-19T00:00:00.000Z');
    expect(parseDate('기사입력 :[ 2018-08-25 15:24 ]', 'ko')).toBe('2018-08-25T06:24:00.000Z');
  });

  it('reads the date in a byline ("Written by A in Valve on 1 June 2019 at 08:34 PM EDT")', () => {
    const byline =
      '<div class="author">Written by <a href="/ann">Ann Lee</a> in <a href="/t">Politics</a> on 1 June 2019 at 08:34 PM EDT. <a href="#c">51 Comments</a></div>';
    expect(publishedAt(`<article><h1>Ministers meet</h1>${byline}${TEXT}</article>`)).toBe('2019-06-02T00:34:00.000Z');
  });

  it('reads a dateline of short lines under the headline, line breaks and all', () => {
    const dateline = '<p class="text-right">最終更新日：2019年4月2日<br>独立行政法人情報処理推進機構<br>セキュリティセンター<br></p>';
    expect(publishedAt(`<div id="main"><h1>注意喚起</h1>${dateline}<div class="text">${JA_TEXT}</div></div>`, 'ja')).toBe(
      '2019-04-01T15:00:00.000Z',
    );
  });

  it('reads zone-less dates in the zone of the country domain when the language has none', () => {
    const page = `<article><h1>Ministers meet</h1><p class="date">2019/03/05</p>${TEXT}</article>`;
    expect(publishedAt(page, 'en', '', 'https://news.example.jp/politics/ministers-meet')).toBe('2019-03-04T15:00:00.000Z');
    expect(publishedAt(page, 'en', '', 'https://news.example.com/politics/ministers-meet')).toBe('2019-03-05T00:00:00.000Z');
  });

  it('reads a date printed alone above a headline that is no <h1> (a table layout)', () => {
    const menu = '<table><tr><td><a href="/">ホーム</a> <a href="/news">ニュース</a></td></tr></table>';
    const dateline =
      '<table><tr><td><p>EL34-194</p></td></tr><tr><td align="right"><p class="section-last">2019.03.05</p></td></tr></table>';
    const story = `<table><tr><td><p><b><font>薄型キーボードを発売</font></b></p>${JA_TEXT}</td></tr></table>`;
    expect(publishedAt(`${menu}${dateline}${story}`, 'ja')).toBe('2019-03-04T15:00:00.000Z');
  });

  it("never reads the site header's date above the <h1>, nor a date printed after the article's text begins", () => {
    const today = '<div class="masthead">Monday, 2 March 2026</div>';
    expect(publishedAt(`${today}<div class="story"><h1>Ministers meet</h1>${TEXT}</div>`)).toBeNull();
    expect(publishedAt(`<div><p>Ministers meet</p>${TEXT}<ul><li>12.03.2021</li></ul></div>`)).toBeNull();
  });

  it('reads publication meta names beyond Open Graph: pdate, displaydate, DCSext.articleFirstPublished', () => {
    expect(publishedAt(TEXT, 'en', '<meta name="pdate" content="20190221">')).toBe('2019-02-21T00:00:00.000Z');
    expect(publishedAt(TEXT, 'en', '<meta name="DISPLAYDATE" content="Jan. 13, 2017">')).toBe('2017-01-13T00:00:00.000Z');
    expect(publishedAt(TEXT, 'en', '<meta name="DCSext.articleFirstPublished" content="2019-11-19 13:16">')).toBe(
      '2019-11-19T13:16:00.000Z',
    );
  });

  it('reads a month named in the address (/2019/nov/18/)', () => {
    expect(dateInUrl('https://www.politifact.com/statements/2019/nov/18/what-value-drugs/')).toBe('2019-11-18T00:00:00.000Z');
    expect(dateInUrl('https://news.example/2019/jobs/18/')).toBeNull();
  });

  it('reads a dateline under the headline with a German ordinal or an abbreviated month ("publiziert am 25. September 2018")', () => {
    const page = (dateline: string) => `<article><h1>Ministers meet</h1><div><span>${dateline}</span></div>${TEXT}</article>`;
    expect(publishedAt(page('publiziert am 25. September 2018'))).toBe('2018-09-25T00:00:00.000Z');
    expect(publishedAt(page('Published Dec. 22, 2016, 6:47 p.m. CST'))).toBe('2016-12-23T00:47:00.000Z');
  });
});
