import { describe, expect, it } from 'vitest';
import { parseDocument } from '../testing/pages';
import { extractArticle } from '.';
import { parseDate } from './dates';

const TEXT = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Ministers met in Lorn on Tuesday, day ${i + 1} of the talks, and agreed a timetable for the next round that begins next month.</p>`,
).join('');

function publishedAt(body: string, lang = 'en', head = ''): string | null {
  const html = `<html lang="${lang}"><head><title>Ministers meet</title><meta property="og:type" content="article">${head}</head><body>${body}</body></html>`;
  const result = extractArticle(parseDocument(html), 'https://wire.example/news/ministers-meet');
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
});
