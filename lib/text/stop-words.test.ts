import { describe, expect, it } from 'vitest';
import { isStopWord, primaryLang, stopWordsFor } from './stop-words';

describe('primaryLang', () => {
  it('reads the primary subtag and falls back to English', () => {
    expect(primaryLang('en-GB')).toBe('en');
    expect(primaryLang('pt_BR')).toBe('pt');
    expect(primaryLang('DE')).toBe('de');
    expect(primaryLang(null)).toBe('en');
    expect(primaryLang('not a tag')).toBe('en');
  });
});

describe('stopWordsFor', () => {
  it('extends the English list with the function words of news prose', () => {
    const en = stopWordsFor('en');
    for (const w of ['the', 'said', 'told', 'according', 'its', 'will']) expect(en.has(w)).toBe(true);
    expect(en.has('shooting')).toBe(false);
  });

  it('has lists for the main European languages and Russian', () => {
    expect(isStopWord('und', 'de')).toBe(true);
    expect(isStopWord('les', 'fr')).toBe(true);
    expect(isStopWord('и', 'ru')).toBe(true);
  });

  it('returns the same set on every call', () => {
    expect(stopWordsFor('fr')).toBe(stopWordsFor('fr-CA'));
  });
});
