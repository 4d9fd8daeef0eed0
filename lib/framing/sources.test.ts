import { describe, expect, it } from 'vitest';
import { compareArticles, type FramingArticle } from './index';

function article(outlet: string, text: string): FramingArticle {
  return { id: outlet, outlet, title: `${outlet} report`, url: `https://example.com/${outlet.length}`, publishedAt: null, text };
}

const wire = article(
  'Continental Wire',
  'LORN (Continental Wire) — The ministers met for four hours. Officials said the talks were frank.',
);
const ledger = article(
  'The Harbor Ledger',
  'LORN (Continental Wire) — The ministers met for four hours, according to the foreign ministry.',
);
const monitor = article(
  'Northern Monitor',
  'The ministers met in Lorn. Some 14,000 troops remain near the border, according to figures seen by the Courier. ' +
    'A senior officer, who asked not to be named, confirmed the figure. Officials in Vessgrad admitted privately that no deal was near. ' +
    'A source familiar with the talks said the bridge was not discussed.',
);
const { findings, sections } = compareArticles([wire, ledger, monitor]);

describe('compareSources', () => {
  it('lists each outlet’s sources, leaving out an outlet’s credit to itself', () => {
    expect(sections.sources.outlets.map((o) => [o.outlet, o.sources.map((s) => [s.name, s.count])])).toEqual([
      ['Continental Wire', [['anonymous sources', 1]]],
      [
        'The Harbor Ledger',
        [
          ['Continental Wire', 1],
          ['the foreign ministry', 1],
        ],
      ],
      [
        'Northern Monitor',
        [
          ['anonymous sources', 3],
          ['figures seen by the Courier', 1],
        ],
      ],
    ]);
  });

  it('says which source only one outlet cites, with its sentence', () => {
    const figures = findings.find((f) => f.kind === 'source' && f.summary.includes('figures'));
    expect(figures?.summary).toBe('Only Northern Monitor cites figures seen by the Courier.');
    expect(figures?.evidence.map((e) => e.sentence)).toEqual([
      'Some 14,000 troops remain near the border, according to figures seen by the Courier.',
    ]);
    expect(findings.some((f) => f.summary === 'Only The Harbor Ledger credits Continental Wire.')).toBe(true);
  });

  it('tells an outlet that leans on anonymous sources', () => {
    const anonymous = findings.find((f) => f.kind === 'source' && f.summary.includes('anonymous'));
    expect(anonymous?.summary).toBe('Northern Monitor cites anonymous sources 3×; the others 0.5× on average.');
    expect(anonymous?.evidence).toHaveLength(3);
  });
});
