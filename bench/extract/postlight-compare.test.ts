import { describe, expect, it } from 'vitest';
import { authorNames, normTitle, sameNames } from './postlight-compare';

describe('authorNames', () => {
  it('splits a list on commas, ampersands and "and"', () => {
    expect(authorNames('Marc Santora, William K. Rashbaum, Al Baker and Adam Goldman')).toEqual([
      'marc santora',
      'william k. rashbaum',
      'al baker',
      'adam goldman',
    ]);
  });

  it('drops credit labels before a name and splits at them', () => {
    expect(authorNames('著者 お米ゴハン イラスト 汐街コナ')).toEqual(['お米ゴハン', '汐街コナ']);
    expect(authorNames('作者： Diogo Carleto 翻訳者 中村 真子')).toEqual(['diogo carleto', '中村 真子']);
    expect(authorNames('著者：後藤大地')).toEqual(['後藤大地']);
    expect(authorNames('文● オカモト／ASCII編集部')).toEqual(['オカモト／ascii編集部']);
    expect(authorNames('By Jana Petrov')).toEqual(['jana petrov']);
  });

  it('drops credit labels after a name', () => {
    expect(authorNames('Eric Freeman\u3000著、嶋田 健志\u3000監訳、木下 哲也\u3000訳')).toEqual(['eric freeman', '嶋田 健志', '木下 哲也']);
  });

  it('drops e-mail addresses and what follows " | "', () => {
    expect(authorNames('Mike Cason | mcason@al.com')).toEqual(['mike cason']);
    expect(authorNames('Ola Berg oberg@wire.example')).toEqual(['ola berg']);
  });

  it("keeps names that merely contain a label's letters", () => {
    expect(authorNames('Abby Byrne')).toEqual(['abby byrne']);
    expect(authorNames('李 文')).toEqual(['李 文']);
  });
});

describe('sameNames', () => {
  it('ignores case and order', () => {
    expect(sameNames(['Sam Levin', 'Julia Carrie Wong'], ['Julia Carrie Wong and Sam Levin'])).toBe(true);
    expect(sameNames(['TMZ Staff'], ['TMZ STAFF'])).toBe(true);
  });

  it('tells a missing co-author and an extra name apart from a match', () => {
    expect(sameNames(['Julia Carrie Wong'], ['Julia Carrie Wong and Sam Levin'])).toBe(false);
    expect(sameNames(['Joe Davidson Washington Post'], ['Joe Davidson'])).toBe(false);
    expect(sameNames(['Natasha Daly'], [])).toBe(false);
    expect(sameNames([], [])).toBe(true);
  });
});

describe('normTitle', () => {
  it('treats typographic and straight quotes and runs of white space alike', () => {
    expect(normTitle('It’s  “here”')).toBe(normTitle('It\'s "here"'));
    expect(normTitle('Lust for Youth')).not.toBe(normTitle('Lust for Youth: Lust for Youth'));
  });
});
