import { describe, expect, it } from 'vitest';
import { compareArticles, type FramingArticle } from './index';
import { sentenceTone } from './tone';

function article(outlet: string, paragraphs: string[]): FramingArticle {
  return {
    id: outlet,
    outlet,
    title: `${outlet}: the mayor and the flood`,
    url: `https://${outlet.toLowerCase()}.example/a`,
    publishedAt: '2026-11-17',
    text: paragraphs.join('\n\n'),
  };
}

const neutral = (outlet: string) =>
  article(outlet, [
    'Mayor Rosa Feld said the city had opened three shelters.',
    'Feld said the water was falling on Tuesday evening.',
    'Feld will visit the lower town on Wednesday.',
  ]);
const hostile = article('Blog', [
  'Mayor Rosa Feld failed the lower town, and her negligence is a disgrace.',
  'Feld ignored the warnings, a terrible and shameful mistake.',
  'Feld will visit the lower town on Wednesday.',
]);

describe('compareTone', () => {
  it('scores a sentence with the AFINN list, a negation turning a word around', () => {
    expect(sentenceTone('The plan was a success.')).toBeGreaterThan(0);
    expect(sentenceTone('The plan was not a success.')).toBeLessThan(0);
    expect(sentenceTone('The council met on Tuesday.')).toBe(0);
  });

  it('tells which outlet writes about a main actor in more negative words, as a rough signal with its sentences', () => {
    const { findings, sections } = compareArticles([neutral('Wire'), neutral('Ledger'), hostile]);
    expect(sections.tone.actors[0]!.name).toBe('Rosa Feld');
    const tone = findings.filter((f) => f.kind === 'tone');
    expect(tone).toHaveLength(1);
    expect(tone[0]!.outlets).toEqual(['Blog']);
    expect(tone[0]!.summary).toMatch(
      /^Rough signal from a word list: Blog's 3 sentences naming Rosa Feld use more negative words \(-[\d.]+ per sentence\) than Wire and Ledger \([-+]?[\d.]+\)\.$/,
    );
    // Most negative first.
    expect(tone[0]!.evidence.map((e) => e.sentence)).toEqual([
      'Feld ignored the warnings, a terrible and shameful mistake.',
      'Mayor Rosa Feld failed the lower town, and her negligence is a disgrace.',
      'Feld will visit the lower town on Wednesday.',
    ]);
    expect(tone[0]!.weight).toBeLessThanOrEqual(0.3);
  });

  it('leaves out what an outlet quotes: the words are the speaker’s, not the outlet’s', () => {
    const quoting = article('Gazette', [
      'Mayor Rosa Feld was called “a disgrace and a failure who ignored every terrible warning” by a councillor.',
      '“Feld failed the lower town, and her negligence is shameful,” the councillor said.',
      'Feld will visit the lower town on Wednesday.',
    ]);
    const { findings, sections } = compareArticles([neutral('Wire'), neutral('Ledger'), quoting]);
    expect(sections.tone.actors[0]!.outlets.find((cell) => cell.outlet === 'Gazette')!.sentences).toBe(3);
    expect(findings.filter((f) => f.kind === 'tone')).toEqual([]);
  });

  it('finds no difference in tone between identical copies', () => {
    expect(compareArticles([hostile, { ...hostile, id: 'copy', outlet: 'Copy' }]).findings.filter((f) => f.kind === 'tone')).toEqual([]);
  });
});
