import { describe, expect, it } from 'vitest';
import { compareArticles, type FramingArticle } from './index';

function article(outlet: string, title: string, text: string): FramingArticle {
  return { id: outlet, outlet, title, url: `https://${outlet.toLowerCase()}.example/a`, publishedAt: '2026-03-02', text };
}

const wire = article(
  'Wire',
  'Foreign ministers meet in Lorn for border talks',
  'The foreign ministers of both countries met in Lorn on Monday for talks on the border.\n\nThe talks lasted four hours.',
);
const tabloid = article(
  'Tabloid',
  'Troops mass at border as ministers talk',
  'Ministers met in Lorn on Monday.\n\nMeanwhile 4,000 troops gathered near the border, officials said.',
);

describe('compareHeadlines', () => {
  it('says which headline leads with what the others mention only further down', () => {
    const comparison = compareArticles([wire, tabloid]);
    const troops = comparison.findings.find((f) => f.kind === 'headline' && f.summary.includes('“Troops”'));
    expect(troops?.outlets).toEqual(['Tabloid']);
    expect(troops?.summary).toBe("Tabloid's headline leads with “Troops”; no other outlet mentions it at all.");
    const lorn = comparison.findings.find((f) => f.kind === 'headline' && f.summary.includes('“Lorn”'));
    expect(lorn?.summary).toBe("Wire's headline leads with “Lorn”; Tabloid mentions it only further down.");
    expect(lorn?.evidence.map((e) => [e.outlet, e.sentence, e.in])).toEqual([
      ['Wire', wire.title, 'title'],
      ['Tabloid', 'Ministers met in Lorn on Monday.', undefined],
    ]);
  });

  it('leads with a name before other words, adjacent names as one, and never with a common word', () => {
    const herald = article(
      'Herald',
      'Minister Kovin’s bold initiative opens crossing outside Lorn',
      'Minister Kovin set out a bold plan at the talks in Lorn.\n\nThe crossing opens on Monday, outside the old customs post.',
    );
    const ledger = article(
      'Ledger',
      'Crossing to open after Lorn talks',
      'The crossing will open after talks in Lorn.\n\nMinister Kovin called his plan an initiative for peace, said officials outside the hall.',
    );
    const { rows } = compareArticles([herald, ledger]).sections.headlines;
    // "Kovin" and "Minister" are names here (never written in lower case); "outside" is among the commonest words.
    expect(rows[0]!.leadsWith).toEqual(['Minister Kovin', 'initiative']);
  });

  it('never leads with the first name of someone another headline names', () => {
    const blog = article('Blog', 'Dmitar Kovin walks out of Lorn talks', 'Dmitar Kovin walked out of the talks in Lorn.');
    const wire = article('Wire', 'Kovin leaves Lorn talks early', 'Kovin left the talks in Lorn early, officials said.');
    expect(compareArticles([blog, wire]).sections.headlines.rows[0]!.leadsWith).not.toContain('Dmitar');
  });

  it('puts each outlet’s headline beside its first sentence of substance', () => {
    const { rows } = compareArticles([wire, tabloid]).sections.headlines;
    expect(rows.map((r) => [r.outlet, r.lede?.sentence])).toEqual([
      ['Wire', 'The foreign ministers of both countries met in Lorn on Monday for talks on the border.'],
      ['Tabloid', 'Meanwhile 4,000 troops gathered near the border, officials said.'],
    ]);
  });

  it('finds no difference between identical copies', () => {
    const copy = { ...wire, id: 'copy', outlet: 'Copy' };
    expect(compareArticles([wire, copy]).findings).toEqual([]);
  });

  it('keeps offsets that point at the quoted sentence', () => {
    for (const finding of compareArticles([wire, tabloid]).findings) {
      for (const e of finding.evidence) {
        const source = [wire, tabloid][e.article]!;
        expect((e.in === 'title' ? source.title : source.text).slice(e.start, e.end)).toBe(e.sentence);
      }
    }
  });
});
