// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { compareArticles, type Comparison, type Finding } from '@/lib/framing';
import { ComparisonGrid } from './ComparisonGrid';
import type { EvidenceSource } from './EvidenceList';

afterEach(cleanup);

const source: EvidenceSource = { readArticle: async () => null, pageArticle: null, highlightInPage: async () => false };
const article = (index: number, outlet: string) => ({
  index,
  id: String(index + 1),
  outlet,
  title: `${outlet} ${index}`,
  url: `https://x.example/${index}`,
  publishedAt: null,
});
const finding = (kind: Finding['kind'], outlets: string[], summary: string, articles: number[] = []): Finding => ({
  kind,
  outlets,
  summary,
  evidence: articles.map((a) => ({ article: a, outlet: outlets[0]!, sentence: 'S.', start: 0, end: 2 })),
  weight: 0.5,
});

function comparison(findings: Finding[]): Comparison {
  const articles = [article(0, 'Wire'), article(1, 'Herald'), article(2, 'Herald')];
  return {
    outlets: articles.map((a) => a.outlet),
    articles,
    findings,
    overview: [],
    // The grid lays out findings by kind and reads only the headlines section's rows.
    sections: {
      ...compareArticles([]).sections,
      headlines: { rows: articles.map((a) => ({ article: a.index, outlet: a.outlet, title: a.title, lede: null, leadsWith: [] })) },
    },
  };
}

describe('ComparisonGrid', () => {
  it('gives each kind of finding its plain-titled section, each finding in its outlet’s column, in reading order', () => {
    render(
      <ComparisonGrid
        comparison={comparison([
          finding('number', ['Wire'], 'Wire says four hours.', [0]),
          finding('voice', ['Herald'], 'Herald quotes Kovin 3×.', [2]),
        ])}
        source={source}
        current={0}
      />,
    );
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Headlines', 'Who is quoted', 'Numbers that disagree']);
    const sections = screen.getAllByRole('region').filter((r) => r.tagName === 'SECTION');
    const voices = sections.find((s) => s.dataset['testid'] === 'compare-section-voice')!;
    // Two Herald articles: the evidence says which one the finding is about.
    expect(
      within(voices)
        .getAllByRole('group')
        .map((g) => g.textContent),
    ).toEqual(['—', '—', 'Herald quotes Kovin 3×.']);
  });

  it('lists who each outlet quotes, and each speaker opens to their quotes', async () => {
    const wire = {
      id: 'w',
      outlet: 'Wire',
      title: 'Talks end',
      url: 'https://wire.example/a',
      publishedAt: null,
      text: '“We came with open hands,” Kovin said.\n\nSorvald said the talks had been frank.',
    };
    const herald = {
      ...wire,
      id: 'h',
      outlet: 'Herald',
      url: 'https://herald.example/a',
      text: '“Our plan is the only way forward,” Minister Dmitar Kovin said.',
    };
    render(<ComparisonGrid comparison={compareArticles([wire, herald])} source={source} current={0} />);
    const cell = (outlet: string) => within(screen.getByTestId('compare-section-voice')).getByRole('group', { name: outlet });
    const speakers = (outlet: string) =>
      within(cell(outlet))
        .getAllByTestId('voice')
        .map((v) => v.textContent);
    expect(speakers('Wire')).toEqual(['Kovin: 1 quote, 5 words quoted', 'Sorvald: 1 quote']);
    expect(speakers('Herald')).toEqual(['Dmitar Kovin: 1 quote, 7 words quoted']);
    within(cell('Herald'))
      .getByRole('button', { name: /Dmitar Kovin/ })
      .click();
    expect((await within(cell('Herald')).findAllByTestId('evidence-sentence')).map((s) => s.textContent)).toEqual([herald.text]);
  });

  it('spans the row with a finding about no outlet in the columns', () => {
    render(
      <ComparisonGrid comparison={comparison([finding('tone', ['Elsewhere'], 'All reports sound calm.')])} source={source} current={0} />,
    );
    expect(screen.getByTestId('compare-section-tone').textContent).toContain('All reports sound calm.');
  });
});
