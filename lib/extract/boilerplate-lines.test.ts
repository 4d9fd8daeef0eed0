import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from './boilerplate-lines';

describe('isBoilerplateLine', () => {
  it.each([
    'Translated by Clara Wendt 19 November 2026, 10:15',
    'Translated from the Ostrevian',
    'Translated from Ostrevian by Clara Wendt',
    'Translated from Tessaly Courier (Ostrevian). Original headline: “Kessel: the crossing opens, the soldiers stay”',
    'Reporting by Jane Doe in Lorn; Editing by John Smith',
    'Additional reporting by Tomas Brenn',
    'Advertisement',
    'Copyright 2026 Continental Wire. All rights reserved.',
  ])('drops "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Edited by the ministry before release, the statement was shorter than the draft.',
    'The talks lasted four hours.',
    'Translated into six languages, the report reached every district.',
    'Translated from the original by hand, the letter was read aloud in parliament.',
  ])('keeps the sentence "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
