import { describe, expect, it } from 'vitest';
import { compareArticles, type FramingArticle } from './index';

function article(outlet: string, paragraphs: string[]): FramingArticle {
  return {
    id: outlet,
    outlet,
    title: `${outlet} on the Lorn talks`,
    url: `https://${outlet.toLowerCase()}.example/a`,
    publishedAt: '2026-11-18',
    text: paragraphs.join('\n\n'),
  };
}

const lede = 'The foreign ministers of Calderra and Ostrevia agreed on Wednesday to reopen the Kessel border crossing from December 1.';
const troops = 'There was no agreement on troop withdrawals from the frontier, officials from both delegations confirmed.';
const venue = 'The ministers met for four hours at Amberhall Palace in the Calderran capital.';

const wire = article('Wire', [lede, troops, venue]);
const rewrite = article('Daily', [
  // The same facts in other words and order.
  'Calderra and Ostrevia will reopen the Kessel crossing on December 1 after their foreign ministers agreed on it on Wednesday.',
  'Both delegations confirmed that the frontier talks brought no agreement on withdrawals of troops.',
  'At Amberhall Palace in the capital, the ministers met for four hours.',
]);
const herald = article('Herald', [
  'Foreign ministers from Ostrevia and Calderra agreed on Wednesday that the Kessel border crossing reopens on December 1.',
  venue,
  'Kovin also met representatives of the Ostrevian community in Lorn before flying home.',
]);

describe('compareFacts', () => {
  it('aligns a paraphrase with its original, so a rewrite leaves nothing out', () => {
    const { findings, sections } = compareArticles([wire, rewrite]);
    expect(findings.filter((f) => f.kind === 'omission' || f.kind === 'unique-fact')).toEqual([]);
    expect(sections.facts.claims.map((c) => [c.reportedBy, c.status])).toEqual([
      [[0, 1], 'common'],
      [[0, 1], 'common'],
      [[0, 1], 'common'],
    ]);
  });

  it('says which outlet alone reports a fact and which leaves out what the others report', () => {
    const { findings } = compareArticles([wire, rewrite, herald]);
    const unique = findings.filter((f) => f.kind === 'unique-fact');
    expect(unique.map((f) => [f.outlets, f.evidence.map((e) => e.sentence)])).toEqual([
      [['Herald'], ['Kovin also met representatives of the Ostrevian community in Lorn before flying home.']],
    ]);
    expect(unique[0]!.summary).toBe(
      'Only Herald reports: “Kovin also met representatives of the Ostrevian community in Lorn before flying home.”',
    );
    const omissions = findings.filter((f) => f.kind === 'omission');
    expect(omissions.map((f) => f.outlets)).toEqual([['Herald']]);
    expect(omissions[0]!.summary).toBe(`Herald leaves out what Wire and Daily report: “${troops}”`);
    expect(omissions[0]!.evidence.map((e) => e.outlet)).toEqual(['Wire', 'Daily']);
  });

  it('finds nothing between a wire story and its syndicated copy', () => {
    const copy = { ...wire, id: 'copy', outlet: 'Copy' };
    expect(compareArticles([wire, copy]).findings).toEqual([]);
    expect(compareArticles([wire, copy, herald]).findings.filter((f) => f.outlets.includes('Copy') !== f.outlets.includes('Wire'))).toEqual(
      [],
    );
  });

  it('with two articles, tells a missing sentence once, as left out by the shorter', () => {
    const shorter = article('Short', [lede, venue]);
    const { findings } = compareArticles([wire, shorter]);
    expect(
      findings.filter((f) => f.kind === 'omission' || f.kind === 'unique-fact').map((f) => [f.kind, f.outlets, f.evidence[0]!.sentence]),
    ).toEqual([['omission', ['Short'], troops]]);
  });

  it('quotes evidence at the offsets of the article text', () => {
    const articles = [wire, rewrite, herald];
    for (const finding of compareArticles(articles).findings) {
      for (const e of finding.evidence) if (e.in !== 'title') expect(articles[e.article]!.text.slice(e.start, e.end)).toBe(e.sentence);
    }
  });
});
