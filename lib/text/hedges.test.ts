import { describe, expect, it } from 'vitest';
import { hedges } from './hedges';

const found = (text: string) => hedges(text).map((h) => [h.phrase, text.slice(h.start, h.end)]);

describe('hedges', () => {
  it('finds hedging adverbs and phrases', () => {
    expect(
      found('The troops reportedly moved. It is believed the talks failed. He appears to have left, the so-called experts said.'),
    ).toEqual([
      ['reportedly', 'reportedly'],
      ['it is believed', 'It is believed'],
      ['appear to', 'appears to'],
      ['so-called', 'so-called'],
    ]);
  });

  it('reads "is said to" as a hedge but not "said to" after a verb', () => {
    expect(found('The minister is said to be furious. She smiled and said to the crowd that all was well.')).toEqual([
      ['said to', 'is said to'],
    ]);
  });

  it('leaves hedges inside quotations to the speaker', () => {
    expect(found('“They allegedly broke the rules,” Kovin said.')).toEqual([]);
  });
});
