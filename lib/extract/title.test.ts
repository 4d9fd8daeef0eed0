import { describe, expect, it } from 'vitest';
import { parseDocument } from '../testing/pages';
import { extractArticle } from '.';
import { stripSiteName } from './title';

const URL = 'https://wire.example/2026/11/18/ministers-meet.html';
const TEXT = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Ministers met in Lorn on Tuesday, day ${i + 1} of the talks, and agreed a timetable for the next round that begins next month in the capital of the region.</p>`,
).join('');

function titleOf(head: string, body: string, url = URL): string {
  const html = `<html lang="en"><head>${head}<meta property="og:type" content="article"></head><body>${body}</body></html>`;
  const result = extractArticle(parseDocument(html), url);
  if (!result.isArticle) throw new Error(result.reason);
  return result.title;
}

describe('readTitle', () => {
  it('learns the site name from an <h1> that starts the document title, and titles the entry from its heading', () => {
    const head = '<title>Kessler’s diary - Ministers agree a timetable for the border talks in Lorn</title>';
    const body = `<h1>Kessler’s diary</h1><h2>18 November</h2><h3><a href="#p1">■</a> Ministers agree a timetable for the border talks in Lorn</h3>${TEXT}`;
    expect(titleOf(head, body)).toBe('■ Ministers agree a timetable for the border talks in Lorn');
  });

  it('drops the learned site name from the document title when no heading says the title', () => {
    const head = '<title>Ministers agree a timetable for the border talks_Politics_Harbor Daily</title>';
    expect(titleOf(head, `<h1 class="hidden">Harbor Daily</h1>${TEXT}`)).toBe('Ministers agree a timetable for the border talks_Politics');
  });

  it('prefers the displayed <h2> headline under logo <h1>s to the social og:title', () => {
    const head =
      '<title>As talks open, Lorn is embarrassed in a HUGE way!</title><meta property="og:title" content="As talks open, Lorn is embarrassed in a HUGE way!">';
    const body =
      '<h1><a href="/"><img src="/logo.png" alt="The Insider"><span class="sr-only">The Insider</span></a></h1>' +
      `<header><h2>Lorn embarrassed as the ministers open the talks</h2></header>${TEXT}`;
    expect(titleOf(head, body)).toBe('Lorn embarrassed as the ministers open the talks');
  });

  it('skips an <h1> in the breadcrumb and the kicker above the headline', () => {
    const head =
      '<title>Talks: Ministers meet in Lorn - Harbor Ledger</title><meta property="og:title" content="Talks: Ministers meet in Lorn">';
    const body =
      '<ol><li itemprop="itemListElement"><h1 itemprop="name">Talks: Ministers meet in Lorn</h1></li></ol>' +
      `<header><h2><span class="content__kicker">Talks</span><span class="sr-only">: </span> <span class="content__title">Ministers meet in Lorn</span></h2></header>${TEXT}`;
    expect(titleOf(head, body)).toBe('Ministers meet in Lorn');
  });

  it('does not take an <h2> that is only a part of the title (an identifier) for the headline', () => {
    const head = '<title>WIREDB-2026-0042 - Wire Notes - Vulnerability database</title>';
    const body = `<h1 class="title">Original text</h1><h2>WIREDB-2026-0042</h2>${TEXT}`;
    expect(titleOf(head, body)).toBe('WIREDB-2026-0042 - Wire Notes - Vulnerability database');
  });

  it('keeps a short <h1> that starts the document title as the headline ("Mozilla - Wikipedia")', () => {
    expect(titleOf('<title>Mozilla - Wikipedia</title>', `<h1 id="firstHeading">Mozilla</h1>${TEXT}`)).toBe('Mozilla');
    expect(titleOf('<title>Evolve: Shared History — evolve extension</title>', `<h1>Evolve: Shared History</h1>${TEXT}`)).toBe(
      'Evolve: Shared History',
    );
  });

  it('does not take a subheading that shares only small words with the title for the headline', () => {
    const head = '<title>How to program your mind to stop buying crap you do not need</title>';
    const body = `<h2>Understand how your own brain works against you</h2>${TEXT}`;
    expect(titleOf(head, body)).toBe('How to program your mind to stop buying crap you do not need');
  });

  it('keeps an <h1> that links to the page itself (a permalink)', () => {
    const head = '<title>Ministers meet in Lorn MOONWIRE</title><meta property="og:site_name" content="MOONWIRE">';
    const body = `<h1 class="title"><a href="${URL}">Ministers meet in Lorn to agree a timetable</a></h1><h2>How to read the timetable</h2>${TEXT}`;
    expect(titleOf(head, body)).toBe('Ministers meet in Lorn to agree a timetable');
  });
});

describe('stripSiteName', () => {
  it('drops a segment that names the site in whole words', () => {
    expect(stripSiteName('Ministers meet | Wire iNotes', ['wire'])).toBe('Ministers meet');
  });

  it('keeps a segment in which the site name is only the start of a word ("WIREDB-2026")', () => {
    expect(stripSiteName('WIREDB-2026-0042 - Vulnerability database', ['wire'])).toBe('WIREDB-2026-0042 - Vulnerability database');
  });
});
