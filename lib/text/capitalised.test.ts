import { describe, expect, it } from 'vitest';
import { capitalisedWords } from './capitalised';

const runs = (text: string) => capitalisedWords(text).runs.map((r) => r.map((w) => w.text).join(' '));

describe('capitalisedWords', () => {
  it('groups adjacent capitalised words, with particles and titles inside', () => {
    expect(runs('Yesterday Sen. Elizabeth Warren met Bashar al-Assad at the Bank of America.')).toEqual([
      'Yesterday Sen Elizabeth Warren',
      'Bashar al-Assad',
      'Bank of America',
    ]);
  });

  it('breaks a run at punctuation and after a possessive', () => {
    expect(runs("Russia's Foreign Ministry, Kremlin aides")).toEqual(['Russia', 'Foreign Ministry', 'Kremlin']);
  });

  it('marks words that open a sentence or a line', () => {
    const { runs: found } = capitalisedWords('The vote. "Police said," Mr. Smith noted.\nOfficers left.');
    expect(found.map((r) => [r[0]!.text, r[0]!.sentenceInitial])).toEqual([
      ['The', true],
      ['Police', true],
      ['Mr', false],
      ['Officers', true],
    ]);
  });

  it('keeps "U.S." whole', () => {
    expect(runs('the U.S. Navy')).toEqual(['U.S. Navy']);
  });

  it('collects the words written in lower case', () => {
    expect([...capitalisedWords('Police said the police left.').lowerVocab]).toEqual(['said', 'the', 'police', 'left']);
  });
});
