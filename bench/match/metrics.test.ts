import { describe, expect, it } from 'vitest';
import { popupReach, recallAtK, scoreDataset, type Item } from './metrics';

const item = (id: number, gold: string | null, predicted: string, dataset = gold ? 'ds' : 'pool'): Item => ({
  id,
  gold,
  predicted,
  dataset,
});

describe('scoreDataset', () => {
  it('is perfect when the clusters are the gold events', () => {
    const items = [item(1, 'a', 'x'), item(2, 'a', 'x'), item(3, 'b', 'y'), item(4, 'b', 'y'), item(5, null, 'z')];
    expect(scoreDataset(items, 'ds')).toMatchObject({
      pairwise: { precision: 1, recall: 1, f1: 1 },
      bcubed: { precision: 1, recall: 1, f1: 1 },
    });
  });

  it('counts a pair with a distractor as a false match', () => {
    const items = [item(1, 'a', 'x'), item(2, 'a', 'x'), item(3, null, 'x')];
    const { pairwise, bcubed } = scoreDataset(items, 'ds');
    expect(pairwise).toMatchObject({ truePairs: 1, predictedPairs: 3, goldPairs: 1, recall: 1 });
    expect(pairwise.precision).toBeCloseTo(1 / 3);
    expect(bcubed.precision).toBeCloseTo(2 / 3);
  });

  it('scores missed pairs as lost recall, with B-cubed as Bagga & Baldwin define it', () => {
    const items = [item(1, 'a', 'x'), item(2, 'a', 'x'), item(3, 'a', 'y')];
    const { pairwise, bcubed } = scoreDataset(items, 'ds');
    expect(pairwise).toMatchObject({ precision: 1, truePairs: 1, goldPairs: 3 });
    expect(bcubed.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
  });

  it('ignores clusters without items of the dataset', () => {
    const items = [item(1, 'a', 'x'), item(2, 'a', 'x'), item(3, 'q', 'y', 'other'), item(4, 'q', 'y', 'other')];
    expect(scoreDataset(items, 'ds').pairwise.predictedPairs).toBe(1);
  });
});

describe('recallAtK', () => {
  const items = new Map([
    [1, { gold: 'a', outlet: 'A', dataset: 'ds' }],
    [2, { gold: 'a', outlet: 'B', dataset: 'ds' }],
    [3, { gold: 'a', outlet: 'C', dataset: 'ds' }],
    [4, { gold: 'a', outlet: 'A', dataset: 'ds' }],
  ]);

  it('counts only other outlets’ articles of the same event', () => {
    const lists = new Map([
      [1, [2, 3]],
      [2, [1, 3, 4]],
      [3, [1]],
      [4, [2, 3]],
    ]);
    // 1: wants 2,3 (4 is its own outlet) → 1; 2: wants 1,3,4 → 1; 3: wants 1,2,4 → 1/3; 4: wants 2,3 → 1
    expect(recallAtK(lists, items, 'ds')).toBeCloseTo((1 + 1 + 1 / 3 + 1) / 4);
  });
});

describe('popupReach', () => {
  const article = (gold: string | null, outlet: string, predicted: string, dataset = gold ? 'ds' : 'pool') => ({
    gold,
    outlet,
    dataset,
    predicted,
  });

  it('counts what the coverage lists and what suggestions add, and how many suggestions are right', () => {
    const items = new Map([
      [1, article('a', 'wire', 'x')],
      [2, article('a', 'herald', 'x')],
      [3, article('a', 'ledger', 'y')],
      [4, article('a', 'wire', 'z')],
      [5, article(null, 'blog', 'w')],
    ]);
    // Article 1 is offered 3 (right) and 5 (a pool article: wrong); 4 is its own outlet's, never wanted.
    const reach = popupReach(items, new Map([[1, [3, 5]]]), 'ds');
    // Wanted pairs, from each side: 1–2, 1–3, 2–1, 2–3, 2–4, 3–1, 3–2, 3–4, 4–2, 4–3.
    expect(reach.coverage).toBeCloseTo(2 / 10);
    expect(reach.withSuggestions).toBeCloseTo(3 / 10);
    expect(reach).toMatchObject({ suggestionPrecision: 0.5, suggestions: 2 });
  });
});
