import { describe, expect, it } from 'vitest';
import { parseDocument } from '../testing/pages';
import { removeBoilerplate } from './boilerplate';
import { paragraphsOf } from './paragraphs';

const PAGE = 'https://wire.example/2026/11/18/ministers-meet.html';
const STORY = 'Ministers met in Lorn on Tuesday and agreed a timetable for the talks that begin next month in the capital.';

/** Readability hands back its article in a fresh element that is not part of any document: so does this. */
function detachedArticle(inner: string): Element {
  const doc = parseDocument(`<html><body><div id="article">${inner}</div></body></html>`);
  const article = doc.getElementById('article')!;
  article.remove();
  return article;
}

function cleaned(inner: string): string[] {
  const article = detachedArticle(inner);
  removeBoilerplate(article, PAGE);
  return paragraphsOf(article);
}

describe('removeBoilerplate', () => {
  it('removes a related-stories heading and its links from an article outside the document', () => {
    const text = cleaned(
      `<p>${STORY}</p><p>You may also like...</p>` +
        '<p><a href="/2026/11/17/budget-vote.html">Budget vote delayed again</a></p>' +
        '<p><a href="https://wire.example/2026/11/16/port-strike.html">Port strike enters second week</a></p>',
    );
    expect(text).toEqual([STORY]);
  });

  it('removes a "Don\'t miss" block whose heading and links share one paragraph', () => {
    const text = cleaned(
      `<p>${STORY}</p><p><strong>DON'T MISS</strong><br><strong><a href="/news/1/a">Storm warning for the coast</a> [INSIGHT]</strong>` +
        '<br><strong><a href="/news/2/b">Rail fares to rise in January</a> [REVEALED]</strong></p>',
    );
    expect(text).toEqual([STORY]);
  });

  it('keeps links to other sites that are part of the text: products, sources, references', () => {
    const text = cleaned(
      `<p>${STORY}</p><ul><li><a href="https://shop.example/p/123">Get it on Shop for $39.99</a></li>` +
        '<li><a href="https://shop.example/p/456">Get it on Shop for $12</a></li></ul>' +
        '<p><a href="https://archive.example/2013/02/report.html">https://archive.example/2013/02/report.html</a></p>',
    );
    expect(text).toEqual([STORY, 'Get it on Shop for $39.99', 'Get it on Shop for $12', 'https://archive.example/2013/02/report.html']);
  });

  it('removes one-link teasers to other stories on the site but keeps links to files and to the page itself', () => {
    const text = cleaned(
      `<p>${STORY}</p><p><strong><a href="/2026/11/15/talks-collapse.html">TALKS COLLAPSE AFTER LATE-NIGHT SESSION</a></strong></p>` +
        '<p><a href="/files/full-results.pdf">Click for the full results table</a></p>' +
        `<p><a href="${PAGE}#comments">Jump to the comments section</a></p>`,
    );
    expect(text).toEqual([STORY, 'Click for the full results table', 'Jump to the comments section']);
  });

  it('keeps a container that holds the article even when its class names a widget', () => {
    const text = cleaned(
      `<div class="entry-content entry-content-read-more"><p>${STORY}</p><p>${STORY.replace('Tuesday', 'Monday')}</p></div>` +
        '<div class="read-more"><a href="/2026/11/10/other.html">Read more about the talks</a> and other things</div>',
    );
    expect(text).toEqual([STORY, STORY.replace('Tuesday', 'Monday')]);
  });

  it('splits camelCase class names: a "newsCaption" is a caption', () => {
    const text = cleaned(`<p>${STORY}</p><p><span class="newsCaption">The minister arrives in Lorn</span></p>`);
    expect(text).toEqual([STORY]);
  });

  it('reads "no_caption" as what a block is not', () => {
    expect(cleaned(`<div class="item item_image no_caption"><p>${STORY}</p></div><p>${STORY.replace('Tuesday', 'Monday')}</p>`)).toEqual([
      STORY,
      STORY.replace('Tuesday', 'Monday'),
    ]);
  });
});

describe('isBoilerplateLine', () => {
  it('recognises contact lines, disclosures, citation notes and reprint tools, but not sentences about e-mail', async () => {
    const { isBoilerplateLine } = await import('./boilerplate-lines');
    for (const line of [
      'Write to Al Root at allen.root@dowjones.com',
      'Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com. Follow her on Twitter @AmyKup.',
      'Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.',
      'This post may contain affiliate and/or referral links. Please see my disclosure page.',
      'Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 from https://phys.org/news/x.html',
      'This document is subject to copyright. Apart from any fair dealing no part may be reproduced.',
      'Order Reprints',
      'Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET',
    ])
      expect(isBoilerplateLine(line), line).toBe(true);
    for (const line of [
      'The suspect wrote to the company at support@example.com demanding a refund, the court heard.',
      'Follow the money, the senator said, and you will find the answer.',
      'The article was printed in full by three newspapers.',
    ])
      expect(isBoilerplateLine(line), line).toBe(false);
  });
});
