import { describe, expect, it } from 'vitest';
import { IdScores, TopScored } from './id-scores';

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

describe('IdScores', () => {
  it('sums per id, lists each id once in order of first score, and forgets everything on clear', () => {
    const scores = new IdScores();
    scores.add(5, 1.5);
    scores.add(3_000, 2);
    scores.add(5, 0.25);
    expect([scores.size, scores.idAt(0), scores.idAt(1)]).toEqual([2, 5, 3_000]);
    expect([scores.scoreOf(5), scores.scoreOf(3_000), scores.scoreOf(7), scores.scoreOf(1e6)]).toEqual([1.75, 2, 0, 0]);
    scores.clear();
    expect([scores.size, scores.scoreOf(5), scores.scoreOf(3_000)]).toEqual([0, 0, 0]);
    scores.add(3_000, 1);
    expect([scores.size, scores.idAt(0), scores.scoreOf(3_000)]).toEqual([1, 3_000, 1]);
  });
});

describe('TopScored', () => {
  it.each([0, 1, 7, 40, 500])('keeps the best %i as a full sort by score, then id, would', (limit) => {
    const next = random(limit + 1);
    // Scores from a few values, so that many tie and the id decides.
    const offered = Array.from({ length: 300 }, () => ({ id: Math.floor(next() * 10_000), score: Math.floor(next() * 8) / 4 }));
    const unique = [...new Map(offered.map((o) => [o.id, o])).values()];
    const top = new TopScored(limit);
    for (const { id, score } of unique) top.offer(id, score);
    const sorted = [...unique].sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
    expect(top.best()).toEqual(sorted.map((o) => o.id));
  });
});
