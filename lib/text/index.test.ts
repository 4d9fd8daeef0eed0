import { describe, expect, it } from 'vitest';
import * as text from './index';

describe('lib/text public API', () => {
  it('exports every analysis as a function', () => {
    for (const name of [
      'analyzeText',
      'normalizeText',
      'foldAccents',
      'tokenize',
      'contentTerms',
      'isStopWord',
      'splitSentences',
      'entities',
      'entityKey',
      'numbers',
      'datesMentioned',
      'yearsMentioned',
      'wireCredits',
      'fingerprint',
      'resemblance',
      'bandKeys',
    ] as const) {
      expect(typeof text[name]).toBe('function');
    }
  });
});
