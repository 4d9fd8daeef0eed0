import { describe, expect, it } from 'vitest';
import { wordValue } from './number-words';

describe('wordValue', () => {
  it.each([
    ['two', 2],
    ['Twelve', 12],
    ['nineteen', 19],
    ['forty', 40],
    ['twenty-five', 25],
    ['a dozen', 12],
    ['half a  dozen', 6],
  ])('reads %j as %d', (words, value) => {
    expect(wordValue(words)).toBe(value);
  });

  it('reads nothing it does not know', () => {
    expect(wordValue('twenty-twelve')).toBeNull();
    expect(wordValue('several')).toBeNull();
  });
});
