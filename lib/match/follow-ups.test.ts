import { describe, expect, it } from 'vitest';
import { toMatchDoc, type MatchInput } from './doc';
import { FOLLOW_UP_FROM, Matcher } from './matcher';
import { chapters } from './testing/chapters';

function read(...inputs: MatchInput[]) {
  const matcher = new Matcher();
  const results = inputs.map((input) => matcher.add(toMatchDoc(input)));
  return { matcher, results };
}

const ids = (matches: { id: number }[]) => matches.map((m) => m.id).sort();

describe('Follow-ups', () => {
  const { shooting, nextDay, charged } = chapters();

  it('offers the charge three weeks later to both reports of the shooting, and them to it, never joining their event', () => {
    const { matcher, results } = read(shooting, nextDay, charged);
    expect(matcher.event(2)).toBe(matcher.event(1));
    expect(matcher.event(3)).not.toBe(matcher.event(1));
    const { matches, related, followUps } = results[2]!;
    expect([...matches, ...related]).toEqual([]);
    expect(ids(followUps)).toEqual([1, 2]);
    for (const m of followUps) {
      expect(m.followUp).toBe(true);
      // Scored as if at the window's edge, it would be the same event: still it stays apart.
      expect(m.score).toBeGreaterThanOrEqual(matcher.threshold);
      expect(m.evidence.daysApart).toBeGreaterThan(7);
      expect(m.evidence.sharedNames).toEqual(expect.arrayContaining(['Darnell Whitcombe', 'Blue Kettle']));
    }
    expect(ids(matcher.followUps(3))).toEqual([1, 2]);
    expect(ids(matcher.followUps(1))).toEqual([3]);
    expect(ids(matcher.followUps(2))).toEqual([3]);
    // Not among the near misses either.
    expect(matcher.suggestions(1)).toEqual([]);
  });

  it('are of other outlets only', () => {
    const { matcher } = read(shooting, nextDay, { ...charged, outlet: shooting.outlet });
    expect(ids(matcher.followUps(3))).toEqual([2]);
    expect(matcher.followUps(1)).toEqual([]);
  });

  it('need two rare full names in common, within a year', () => {
    const oneName = {
      ...charged,
      title: 'Man charged over diner shooting that wounded two',
      paragraphs: [
        'A 27-year-old man was charged on Monday with two counts of attempted murder over the March 6 shooting outside a diner, in which two men were wounded.',
        'Darnell Whitcombe, 34, who was shot twice, is recovering at home, his family said.',
      ],
    };
    expect(read(shooting, oneName).results[1]!.followUps).toEqual([]);
    const nextYear = { ...charged, publishedAt: '2027-04-01T09:00:00Z' };
    expect(read(shooting, nextYear).results[1]!.followUps).toEqual([]);
  });

  it('are not offered again once the reader says they are not related, nor once in the same event', () => {
    const apart = read(shooting, charged).matcher;
    apart.markApart(3, 1);
    expect(apart.followUps(1)).toEqual([]);
    expect(apart.followUps(3)).toEqual([]);
    const same = read(shooting, charged).matcher;
    same.markSame(3, 1);
    expect(same.followUps(3)).toEqual([]);
  });

  it('are scored from FOLLOW_UP_FROM, as the model scores a pair at the window’s edge', () => {
    const [followUp] = read(shooting, charged).results[1]!.followUps;
    const { matcher } = read(shooting);
    const atEdge = matcher.compare(toMatchDoc({ ...charged, publishedAt: '2026-03-14T09:00:00Z' }), matcher.index.get(1)!);
    expect(followUp!.score).toBeGreaterThanOrEqual(FOLLOW_UP_FROM);
    expect(followUp!.score).toBeCloseTo(atEdge.score, 6);
  });
});
