import { describe, expect, it } from 'vitest';
import { numbers } from './numbers';

const pairs = (text: string) => numbers(text).map((n) => [n.value, n.unit]);

describe('numbers', () => {
  it('reads digits with separators and the noun they count, stemmed', () => {
    expect(pairs('Russia has massed 14,000 troops and 1,200 tanks near 300 villages.')).toEqual([
      [14000, 'troop'],
      [1200, 'tank'],
      [300, 'villag'],
    ]);
  });

  it('gives the surface and its offsets', () => {
    const text = 'The fund lost $4.5 billion last year.';
    const [n] = numbers(text);
    expect(n).toEqual({ value: 4.5e9, unit: 'USD', surface: '$4.5 billion', start: 14, end: 26 });
    expect(text.slice(n!.start, n!.end)).toBe(n!.surface);
  });

  it('reads scale words and short money scales', () => {
    expect(pairs('A 2.3 billion euros package, $4m in aid and £2bn in loans; 3.2 million crowns.')).toEqual([
      [2.3e9, 'EUR'],
      [4e6, 'USD'],
      [2e9, 'GBP'],
      [3.2e6, 'crown'],
    ]);
  });

  it('reads percentages however they are written', () => {
    expect(pairs('Turnout rose 2.5 percent, then 3 per cent, then 45%.')).toEqual([
      [2.5, '%'],
      [3, '%'],
      [45, '%'],
    ]);
  });

  it('reads spelled-out numbers and "a dozen"', () => {
    expect(pairs('Three people were killed, twelve injured and a dozen homes burned; twenty-five victims in all.')).toEqual([
      [3, 'peopl'],
      [12, 'injur'],
      [12, 'home'],
      [25, 'victim'],
    ]);
  });

  it('looks past a nationality to the noun it qualifies', () => {
    expect(pairs('About 100,000 Russian soldiers and 300 Ukrainian civilians.')).toEqual([
      [100000, 'soldier'],
      [300, 'civilian'],
    ]);
  });

  it('counts the plural a singular noun qualifies, not the qualifier', () => {
    expect(
      numbers('Only two fire exits were open when three fire trucks and 60 firefighters arrived.').map((n) => [n.unit, n.surface]),
    ).toEqual([
      ['exit', 'two fire exits'],
      ['truck', 'three fire trucks'],
      ['firefight', '60 firefighters'],
    ]);
    expect(pairs('Three police officers, 40 business leaders, 30 voted yes, 2 class actions, 5 bus stops.')).toEqual([
      [3, 'offic'],
      [40, 'leader'],
      [30, 'vote'],
      [2, 'action'],
      [5, 'stop'],
    ]);
  });

  it('keeps an age as a number of years', () => {
    expect(pairs('A 12-year-old boy was shot.')).toEqual([[12, 'year-old']]);
  });

  it('has no unit when a name, a stop word or punctuation follows', () => {
    expect(pairs('Of the 40 Republicans, 30 voted yes; 10 of them.')).toEqual([
      [40, null],
      [30, 'vote'],
      [10, null],
    ]);
  });

  it('skips years, dates, clock times, phone numbers, ordinals and metres', () => {
    expect(
      numbers('In 2019, on Nov. 18 and 18 November, at 6:30 p.m. or 6 p.m., call 252-972-1411; the 5th race, the 100m, on 2026-11-18.'),
    ).toEqual([]);
  });

  it('returns numbers in reading order', () => {
    const found = numbers('Two men and 3 women, then five children.');
    expect(found.map((n) => n.value)).toEqual([2, 3, 5]);
  });
});
