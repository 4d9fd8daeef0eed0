import { describe, expect, it } from 'vitest';
import { foldAccents, normalizeText } from './normalize';

describe('normalizeText', () => {
  it('turns curly quotes into straight ones', () => {
    expect(normalizeText('“We won’t go,” she said. ‘Never.’')).toBe("\"We won't go,\" she said. 'Never.'");
  });

  it('writes clause dashes as an em dash and word hyphens as "-"', () => {
    expect(normalizeText('WASHINGTON (AP) – The pro‑Kremlin party − 5 points')).toBe('WASHINGTON (AP) — The pro-Kremlin party - 5 points');
  });

  it('composes accents (NFC) so "é" typed two ways compares equal', () => {
    expect(normalizeText('Jose\u0301')).toBe('José');
  });

  it('collapses spaces and keeps one newline for a line break and two for a paragraph break', () => {
    expect(normalizeText('  The\u00A0mayor   spoke. \r\n\r\n \n  Then\tshe left.\nLine two.  ')).toBe(
      'The mayor spoke.\n\nThen she left.\nLine two.',
    );
  });

  it('drops invisible characters that split words', () => {
    expect(normalizeText('Zelen\u00ADsky\u200B said')).toBe('Zelensky said');
  });

  it('writes the ellipsis as three periods', () => {
    expect(normalizeText('Wait…')).toBe('Wait...');
  });
});

describe('foldAccents', () => {
  it('lower-cases and strips diacritics', () => {
    expect(foldAccents('Weizsäcker')).toBe('weizsacker');
    expect(foldAccents('Erdoğan')).toBe('erdogan');
  });

  it('spells letters without a combining mark in plain Latin', () => {
    expect(foldAccents('Łódź Straße Søren')).toBe('lodz strasse soren');
  });

  it('leaves plain ASCII as lower case', () => {
    expect(foldAccents('NATO Summit')).toBe('nato summit');
  });
});
