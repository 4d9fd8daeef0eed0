import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits plain sentences and gives offsets into the input', () => {
    const input = '  The council met. It voted 7-2!  Why? ';
    const sentences = splitSentences(input);
    expect(sentences.map((s) => s.text)).toEqual(['The council met.', 'It voted 7-2!', 'Why?']);
    for (const s of sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not end a sentence after a title before a name', () => {
    expect(texts('Mr. Smith met Dr. Jones and Sen. Elizabeth Warren. Gen. Mark Milley and Mrs. May followed.')).toEqual([
      'Mr. Smith met Dr. Jones and Sen. Elizabeth Warren.',
      'Gen. Mark Milley and Mrs. May followed.',
    ]);
  });

  it('keeps "U.S." and "U.N." inside a sentence but ends one when the next word starts a sentence', () => {
    expect(texts('U.S. officials said the U.N. Security Council would meet. Talks with the U.S. The delegation left.')).toEqual([
      'U.S. officials said the U.N. Security Council would meet.',
      'Talks with the U.S.',
      'The delegation left.',
    ]);
  });

  it('keeps abbreviated months and "No." before a number', () => {
    expect(texts('The vote is on Jan. 5 at No. 10 Downing Street. Feb. 12 is the deadline.')).toEqual([
      'The vote is on Jan. 5 at No. 10 Downing Street.',
      'Feb. 12 is the deadline.',
    ]);
  });

  it('reads "a.m." and "p.m." before a lower-case word as the same sentence', () => {
    expect(texts('Shots rang out at 6 p.m. on Monday, and at 2 a.m. the next day. Nobody was hurt.')).toEqual([
      'Shots rang out at 6 p.m. on Monday, and at 2 a.m. the next day.',
      'Nobody was hurt.',
    ]);
  });

  it('keeps initials with their name', () => {
    expect(texts('The victim, J. R. Smith, was 34. George W. Bush spoke later.')).toEqual([
      'The victim, J. R. Smith, was 34.',
      'George W. Bush spoke later.',
    ]);
  });

  it('does not split decimals or St. Louis', () => {
    expect(texts('Inflation rose 2.5 percent in St. Louis. Prices fell.')).toEqual([
      'Inflation rose 2.5 percent in St. Louis.',
      'Prices fell.',
    ]);
  });

  it('ends a sentence after a closing quote, straight or curly', () => {
    expect(texts('"We will not back down." The minister left. “Why now?” Nobody knew.')).toEqual([
      '"We will not back down."',
      'The minister left.',
      '“Why now?”',
      'Nobody knew.',
    ]);
  });

  it('continues a quoted question when the attribution follows in lower case', () => {
    expect(texts('"Why now?" she asked. "Outrageous," said Rep. Adam Schiff.')).toEqual([
      '"Why now?" she asked.',
      '"Outrageous," said Rep. Adam Schiff.',
    ]);
  });

  it('always ends a sentence at a blank line', () => {
    expect(texts('Breaking news from Geneva\n\nThe talks ended early\n\n\nOfficials left.')).toEqual([
      'Breaking news from Geneva',
      'The talks ended early',
      'Officials left.',
    ]);
  });

  it('ends a sentence at a paragraph break even after a title', () => {
    expect(texts('It was signed by Mr.\n\nSmith agreed.')).toEqual(['It was signed by Mr.', 'Smith agreed.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n ')).toEqual([]);
  });

  it('splits a long text in linear time', () => {
    const long = 'The U.S. envoy met Mr. Lavrov at 6 p.m. on Jan. 5. '.repeat(20_000);
    const t0 = performance.now();
    expect(splitSentences(long)).toHaveLength(20_000);
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});
