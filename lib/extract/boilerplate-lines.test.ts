import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from './boilerplate-lines';

describe('isBoilerplateLine', () => {
  it.each([
    'Translated by Clara Wendt 19 November 2026, 10:15',
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
  ])('keeps the sentence "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
