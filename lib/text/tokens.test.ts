import { describe, expect, it } from 'vitest';
import { contentTerms, isStopWord, MAX_WORDS, tokenize, withoutPossessive } from './tokens';

describe('tokenize', () => {
  it('returns lower-case words in reading order', () => {
    expect(tokenize('The City Council voted 7-2 on Tuesday.')).toEqual(['the', 'city', 'council', 'voted', '7-2', 'on', 'tuesday']);
  });

  it('keeps inner apostrophes and hyphens, and drops the possessive', () => {
    expect(tokenize("Lavrov's aide said they don't back al-Assad's 12-year-old plan")).toEqual([
      'lavrov',
      'aide',
      'said',
      'they',
      "don't",
      'back',
      'al-assad',
      '12-year-old',
      'plan',
    ]);
  });

  it('reads curly apostrophes like straight ones', () => {
    expect(tokenize('Putin’s envoy won’t')).toEqual(['putin', 'envoy', "won't"]);
  });

  it('keeps numbers with separators whole', () => {
    expect(tokenize('14,000 troops and 2.5 percent')).toEqual(['14,000', 'troops', 'and', '2.5', 'percent']);
  });

  it('reads letters of any script', () => {
    expect(tokenize('Владимир Путин встретился с Зеленским')).toEqual(['владимир', 'путин', 'встретился', 'с', 'зеленским']);
  });

  it(`stops after ${MAX_WORDS} words`, () => {
    expect(tokenize('word '.repeat(MAX_WORDS + 500))).toHaveLength(MAX_WORDS);
  });
});

describe('contentTerms', () => {
  it('drops stop words and Porter-stems English', () => {
    expect(contentTerms('Police said the gunmen were shooting at the officers')).toEqual(['polic', 'gunmen', 'shoot', 'offic']);
  });

  it('drops the function words of news prose that the generic list lacks', () => {
    expect(contentTerms('It will not be over, according to its mayor, who told reporters')).toEqual(['mayor', 'report']);
  });

  it('folds accents so "café" and "cafe" meet', () => {
    expect(contentTerms('café')).toEqual(contentTerms('cafe'));
  });

  it('uses the language’s stop words and does not stem other languages', () => {
    expect(contentTerms('Die Regierung hat die Wahlen verschoben', 'de')).toEqual(['regierung', 'wahlen', 'verschoben']);
  });

  it('does not stem numbers', () => {
    expect(contentTerms('14,000 troops', 'en')).toEqual(['14,000', 'troop']);
  });
});

describe('isStopWord', () => {
  it('knows English by default and other languages by code', () => {
    expect(isStopWord('The')).toBe(true);
    expect(isStopWord('summit')).toBe(false);
    expect(isStopWord('und', 'de-AT')).toBe(true);
  });

  it('has no stop words for a language without a list', () => {
    expect(isStopWord('the', 'xx')).toBe(false);
  });
});

describe('withoutPossessive', () => {
  it('drops a final straight or curly possessive and nothing else', () => {
    expect(withoutPossessive("lavrov's")).toBe('lavrov');
    expect(withoutPossessive('lavrov\u2019s')).toBe('lavrov');
    expect(withoutPossessive("it's's")).toBe("it's");
    expect(withoutPossessive('kansas')).toBe('kansas');
    expect(withoutPossessive("'s")).toBe('');
  });
});
