import { describe, expect, it } from 'vitest';
import { treeScore } from '../../lib/match/model';
import { fitBoosted } from './boost';
import { fitLogistic, fitMonotoneLogistic } from './fit';

/** A reproducible uniform stream (mulberry32). */
function uniform(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pairs whose chance of being the same event peaks in the middle of feature 0: what a monotone model must not learn. */
function humped(n: number) {
  const random = uniform(7);
  const x0 = new Float32Array(n);
  const x1 = new Float32Array(n);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x0[i] = random();
    x1[i] = random();
    y[i] = random() < (Math.abs(x0[i]! - 0.5) < 0.2 ? 0.8 : 0.2) + 0.1 * x1[i]! ? 1 : 0;
  }
  return { columns: [x0, x1], y, weight: new Float64Array(n).fill(1), base: new Float64Array(n) };
}

const scoreAlong = (trees: ReturnType<typeof fitBoosted>, x1: number) =>
  Array.from({ length: 21 }, (_, k) => trees.reduce((sum, tree) => sum + treeScore(tree, [k / 20, x1]), 0));

const rises = (values: number[]) => values.every((v, i) => i === 0 || v >= values[i - 1]! - 1e-9);

describe('boosted trees', () => {
  const data = humped(4000);

  it('learn a hump where the feature is free', () => {
    const trees = fitBoosted(data.columns, data.y, data.weight, data.base);
    expect(rises(scoreAlong(trees, 0.5))).toBe(false);
  });

  it('never score lower for more of a feature held to rise', () => {
    const trees = fitBoosted(data.columns, data.y, data.weight, data.base, [1, 0]);
    for (const x1 of [0, 0.3, 0.6, 0.9]) expect(rises(scoreAlong(trees, x1))).toBe(true);
    for (const x1 of [0, 0.3, 0.6, 0.9]) expect(rises(scoreAlong(trees, x1).reverse())).toBe(false);
  });

  it('never score higher for more of a feature held to fall', () => {
    const trees = fitBoosted(data.columns, data.y, data.weight, data.base, [-1, 0]);
    for (const x1 of [0, 0.3, 0.6, 0.9]) expect(rises(scoreAlong(trees, x1).reverse())).toBe(true);
  });
});

describe('monotone logistic regression', () => {
  // Feature 2 copies feature 1 with a little more signal: unconstrained, 1 takes a negative weight to cancel 2's excess.
  const random = uniform(11);
  const examples = Array.from({ length: 3000 }, () => {
    const a = random();
    const b = a + 0.3 * random();
    const y: 0 | 1 = random() < 1 / (1 + Math.exp(-(6 * b - 3 * a - 1.5))) ? 1 : 0;
    return { x: [1, a, b], y, weight: 1 };
  });

  it('holds a weight of the wrong sign at zero and fits the rest', () => {
    expect(fitLogistic(examples)[1]).toBeLessThan(0);
    const w = fitMonotoneLogistic(examples, [1, 1]);
    expect(w[1]).toBe(0);
    expect(w[2]).toBeGreaterThan(0);
  });
});
