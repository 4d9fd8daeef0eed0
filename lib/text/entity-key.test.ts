import { describe, expect, it } from 'vitest';
import { entityKey } from './entity-key';

describe('entityKey', () => {
  it.each([
    ['Sergey Lavrov', 'Sergei Lavrov'],
    ['Antony Blinken', 'Anthony Blinken'],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    ['Zelenskiy', 'Zelensky'],
    ['Richard von Weizsäcker', 'Richard von Weizsacker'],
    ['Mohammed bin Salman', 'Mohamed bin Salman'],
    ['Wladimir Putin', 'Vladimir Putin'],
    ['Kiev', 'Kyiv'],
    ['Democrats', 'Democrat'],
  ])('gives "%s" and "%s" the same key', (a, b) => {
    expect(entityKey(a)).toBe(entityKey(b));
  });

  it.each([
    ['Joe Biden', 'Hunter Biden'],
    ['Texas', 'Texan'],
    ['Paris', 'Pari'],
    ['Bill Clinton', 'Hillary Clinton'],
  ])('keeps "%s" and "%s" apart', (a, b) => {
    expect(entityKey(a)).not.toBe(entityKey(b));
  });

  it('reads the usual names of the United States, Britain and the UN as one', () => {
    expect(new Set(['U.S.', 'US', 'United States', 'America'].map(entityKey)).size).toBe(1);
    expect(entityKey('Britain')).toBe(entityKey('United Kingdom'));
    expect(entityKey('U.N.')).toBe(entityKey('United Nations'));
  });

  it('ignores punctuation, hyphens and a possessive', () => {
    expect(entityKey("Bashar al-Assad's")).toBe(entityKey('Bashar al Assad'));
  });
});
