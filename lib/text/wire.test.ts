import { describe, expect, it } from 'vitest';
import { wireCredits } from './wire';

describe('wireCredits', () => {
  it.each([
    ['WASHINGTON (AP) — The Senate voted on Tuesday to extend the program.', ['AP']],
    ['MOSCOW, Nov 18 (Reuters) - Russia said on Tuesday it would respond.', ['Reuters']],
    ['BERLIN (dpa) - Die Regierung hat am Dienstag beschlossen.', ['dpa']],
    ['New Delhi [India], Nov 18 (ANI): The minister said the talks went well.', ['ANI']],
    ['The talks ended without a deal.\n\n— Reuters', ['Reuters']],
    ['The talks ended.\n\nThe Associated Press contributed to this report.', ['AP']],
    ['The talks ended.\n\nReuters and AFP contributed reporting.', ['Reuters', 'AFP']],
    ['With files from The Canadian Press', ['CP']],
    ['Information from the Associated Press was used in this report.', ['AP']],
    ['Copyright 2026 The Associated Press. All rights reserved.', ['AP']],
    ['© 2026 AFP', ['AFP']],
    ['Source: Reuters', ['Reuters']],
    ['Sources: AP, AFP', ['AP', 'AFP']],
  ])('credits %j', (text, expected) => {
    expect(wireCredits(text)).toEqual(expected);
  });

  it('lists each agency once, in order of first credit', () => {
    expect(wireCredits('PARIS (AFP) — Talks resumed.\n\nReuters contributed.\n\nCopyright 2026 AFP')).toEqual(['AFP', 'Reuters']);
  });

  it('does not count an agency that is only quoted, pictured or mentioned', () => {
    expect(
      wireCredits('The minister told Reuters it was over. An AP photo showed crowds. (AP Photo/Jane Doe) He left for the AP office.'),
    ).toEqual([]);
  });

  it('does not read lower-case "ap" or "pa" as an agency', () => {
    expect(wireCredits('The senator said. ap contributed nothing. Sources: pa')).toEqual([]);
  });

  it('returns [] for a story without credits', () => {
    expect(wireCredits('The city council met on Tuesday and approved the budget.')).toEqual([]);
  });
});
