import { describe, expect, it } from 'vitest';
import { lornTalks } from '../../e2e/site/content/event-1-lorn-talks';
import { outletBySlug } from '../../e2e/site/content/outlets';
import { compareArticles, type FramingArticle } from './index';

function article(outlet: string, text: string): FramingArticle {
  return { id: outlet, outlet, title: `${outlet} report`, url: `https://example.com/${outlet.length}`, publishedAt: null, text };
}

describe('compareAttribution', () => {
  const wire = article(
    'Wire',
    'Kovin said the talks were useful. “We will meet again in January,” Sorvald said. The troops stay, officials said.',
  );
  const herald = article(
    'Herald',
    'Calderran officials claimed after the meeting that their side had pressed for the talks. “We came with open hands,” Kovin insisted. ' +
      'The troops are reportedly staying, and it is believed the bridge will be repaired.',
  );
  const { findings, sections } = compareArticles([wire, herald]);

  it('counts the verbs that introduce quotations, by tone', () => {
    expect(sections.attribution.outlets.map((o) => o.verbs.map((v) => [v.written, v.tone, v.count]))).toEqual([
      [['said', 'neutral', 3]],
      [
        ['claimed', 'loaded', 1],
        ['insisted', 'loaded', 1],
      ],
    ]);
  });

  it('says which outlet uses loaded verbs where the others write “said”, with the sentences', () => {
    const loaded = findings.find((f) => f.kind === 'attribution' && f.summary.includes('claimed'));
    expect(loaded?.summary).toBe('Herald writes “claimed”, “insisted” where the others write “said”.');
    expect(loaded?.evidence.map((e) => e.sentence)).toEqual([
      'Calderran officials claimed after the meeting that their side had pressed for the talks.',
      '“We came with open hands,” Kovin insisted.',
    ]);
  });

  it('says which outlet hedges where the others do not', () => {
    const hedged = findings.find((f) => f.kind === 'attribution' && f.summary.includes('hedges'));
    expect(hedged?.summary).toBe('Only Herald hedges: “reportedly”, “it is believed”.');
    expect(hedged?.evidence).toHaveLength(1);
  });

  it('finds the planted “claimed” of the demo’s state newspaper', () => {
    const articles = lornTalks.stories.map((s) => article(outletBySlug(s.outlet).name, s.body.join('\n\n')));
    const summaries = compareArticles(articles)
      .findings.filter((f) => f.kind === 'attribution')
      .map((f) => f.summary);
    expect(summaries).toContain('The Eastern Herald writes “claimed” where the others write “said”.');
  });

  it('finds nothing between two plain reports', () => {
    expect(compareArticles([wire, { ...wire, id: 'copy', outlet: 'Copy' }]).findings.filter((f) => f.kind === 'attribution')).toEqual([]);
  });
});
