import { describe, expect, it } from 'vitest';
import { compareArticles, type FramingArticle } from './index';

function article(outlet: string, paragraphs: string[]): FramingArticle {
  return {
    id: outlet,
    outlet,
    title: `${outlet}: talks in Lorn`,
    url: `https://${outlet.toLowerCase()}.example/a`,
    publishedAt: '2026-11-18',
    text: paragraphs.join('\n\n'),
  };
}

const neutral = [
  'The government in Lorn said the talks had been useful and that the crossing would reopen in December.',
  'The government also said a second round would follow in January, and officials on both sides agreed.',
];
const wire = article('Wire', neutral);
const daily = article(
  'Daily',
  neutral.map((p) => p.replace('useful', 'frank')),
);
const herald = article('Herald', [
  'The regime in Lorn claimed the talks had been useful, though the regime has said so before.',
  'The regime refused to discuss troops, and the regime delayed the second round until January.',
]);

describe('compareWords', () => {
  it('finds the words one outlet uses where the others do not, with their counts and a sentence', () => {
    const { findings, sections } = compareArticles([wire, daily, herald]);
    const herald_ = sections.words.distinctive.find((d) => d.outlet === 'Herald')!;
    expect(herald_.words[0]).toMatchObject({ word: 'regime', count: 4, othersCount: 0 });
    expect(herald_.words[0]!.z).toBeGreaterThan(1);
    const finding = findings.find((f) => f.kind === 'word' && f.outlets[0] === 'Herald')!;
    expect(finding.summary).toMatch(/^Herald uses “regime” \(4×\)/);
    expect(finding.evidence[0]!.sentence).toBe(
      'The regime in Lorn claimed the talks had been useful, though the regime has said so before.',
    );
  });

  it('weighs a word everyone uses against the background: common words need more to stand out', () => {
    const { sections } = compareArticles([wire, daily, herald]);
    const wireWords = sections.words.distinctive.find((d) => d.outlet === 'Wire')!.words;
    // "government" is used by two of three outlets: not distinctive of either.
    expect(wireWords.filter((w) => w.z >= 1).map((w) => w.word)).not.toContain('government');
  });

  it('uses the background table given, and finds nothing between identical copies', () => {
    const copy = { ...herald, id: 'copy', outlet: 'Copy' };
    expect(compareArticles([herald, copy], { background: { total: 1000, counts: { regime: 500 } } }).findings).toEqual([]);
  });

  it('shows different names for the same place and one name spelled two ways', () => {
    const a = article('A', ['Reince Priebus spoke in Kyiv on Monday about the aid package for Ukraine.']);
    const b = article('B', ['Reince Preibus spoke in Kiev on Monday about the aid package for Ukraine.']);
    const { sections, findings } = compareArticles([a, b]);
    expect(sections.words.names.map((n) => [n.thing, n.forms.map((f) => [f.form, f.outlets])])).toEqual([
      [
        'Kyiv',
        [
          ['Kyiv', ['A']],
          ['Kiev', ['B']],
        ],
      ],
      [
        'Reince Priebus',
        [
          ['Reince Priebus', ['A']],
          ['Reince Preibus', ['B']],
        ],
      ],
    ]);
    expect(findings.filter((f) => f.kind === 'word').map((f) => f.summary)).toContain(
      'Different names for one thing: B writes “Kiev”; A writes “Kyiv”.',
    );
  });
});
