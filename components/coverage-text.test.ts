import { describe, expect, it } from 'vitest';
import type { CoverageItem } from '@/lib/coverage/types';
import { why } from './coverage-text';

const item = (evidence: CoverageItem['evidence']): CoverageItem => ({
  articleId: 2,
  outlet: 'the harbor ledger',
  score: 0.9,
  syndicated: false,
  evidence,
});

describe('why', () => {
  it('lists names, numbers with their units, and words', () => {
    const evidence = {
      sharedNames: ['Brannock', 'Rosa Feld'],
      sharedNumbers: ['12 people', '2.4'],
      sharedTerms: ['flooding', 'levee'],
      daysApart: 0,
      resemblance: 0,
    };
    expect(why(item(evidence))).toBe('Shares names Brannock, Rosa Feld; numbers 12 people, 2.4; words flooding, levee');
  });

  it('gives values alone from evidence stored as `value|unit stem`, each once', () => {
    const evidence = { sharedNames: [], sharedNumbers: ['2|neighbour', '2|dai', '4|hour'], sharedTerms: [], daysApart: 0, resemblance: 0 };
    expect(why(item(evidence))).toBe('Shares numbers 2, 4');
  });

  it('says nothing without evidence', () => {
    expect(why(item(null))).toBe('');
  });
});
