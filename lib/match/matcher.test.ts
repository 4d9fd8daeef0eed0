import { describe, expect, it } from 'vitest';
import { allStories, eventContents } from '@/e2e/site/content';
import { outlets } from '@/e2e/site/manifest';
import { toMatchDoc } from './doc';
import { Matcher } from './matcher';
import type { MatchDoc } from './types';

// The demo site's events were written to differ in framing, not in what happened:
// every article must find exactly the other outlets' reports of its own event.
const stories = [...allStories].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
const outletName = (slug: string) => outlets.find((o) => o.slug === slug)!.name;
const docOf = (story: (typeof stories)[number], id: number, change: Partial<{ publishedAt: string | null; lang: string }> = {}): MatchDoc =>
  toMatchDoc({
    id,
    outlet: outletName(story.outlet),
    title: story.headline,
    paragraphs: story.body.filter((p) => !p.startsWith('## ')),
    publishedAt: change.publishedAt === undefined ? story.publishedAt : change.publishedAt,
    lang: change.lang ?? 'en',
  });

function readAll() {
  const matcher = new Matcher();
  stories.forEach((story, id) => matcher.add(docOf(story, id)));
  return matcher;
}

describe('Matcher on the demo site', () => {
  const matcher = readAll();
  const eventOfStory = (id: number) => matcher.event(id);

  it.each(eventContents.map((e) => [e.id, e] as const))('puts the coverage of %s in one event and nothing else with it', (_, content) => {
    const ids = content.stories.map((s) => stories.indexOf(s));
    const events = new Set(ids.map(eventOfStory));
    expect(events.size).toBe(1);
    const others = stories.map((_, id) => id).filter((id) => !ids.includes(id) && events.has(eventOfStory(id)));
    expect(others.map((id) => stories[id]!.headline)).toEqual([]);
  });

  it('keeps the two look-alike warehouse fires apart', () => {
    const fire = (id: string) => stories.indexOf(eventContents.find((e) => e.id === id)!.stories[0]!);
    expect(eventOfStory(fire('saltmere-warehouse-fire'))).not.toBe(eventOfStory(fire('tessaly-warehouse-fire')));
  });

  it('marks the wire rewrite as a copy of the wire story, with evidence', () => {
    const copy = stories.find((s) => s.wireCopyOf)!;
    const original = stories.findIndex((s) => s.path === copy.wireCopyOf);
    const match = matcher.neighbours.get(stories.indexOf(copy))!.find((m) => m.id === original)!;
    expect(match.syndicated).toBe(true);
    expect(match.evidence.sharedNames.length).toBeGreaterThan(0);
    expect(match.evidence.daysApart).toBe(0);
  });
});

describe('Matcher follow-ups on the demo site', () => {
  // Event 7 is a later chapter of event 5: the warehouse's operator charged two weeks after
  // the fire, by two outlets, naming the same fire chief, company and managing director.
  const matcher = readAll();
  const idsOf = (event: string) => stories.flatMap((s, id) => (s.event === event ? [id] : []));
  const fire = idsOf('saltmere-warehouse-fire');
  const charges = idsOf('saltmere-warehouse-charges');
  const otherOutlets = (id: number, ids: number[]) => ids.filter((other) => stories[other]!.outlet !== stories[id]!.outlet);
  const followUpsOf = (id: number) => matcher.followUps(id).map((m) => m.id);

  it('lists the fire’s reports by other outlets as follow-ups of the charges, and the charges as theirs', () => {
    expect(charges).toHaveLength(2);
    for (const id of charges) expect(followUpsOf(id).sort()).toEqual(otherOutlets(id, fire).sort());
    for (const id of fire) expect(followUpsOf(id).sort()).toEqual(otherOutlets(id, charges).sort());
  });

  it('keeps the charges out of the fire’s event and lists them with each other only as follow-ups', () => {
    for (const id of charges) {
      for (const other of fire) {
        expect(matcher.event(id)).not.toBe(matcher.event(other));
        for (const [from, to] of [
          [id, other],
          [other, id],
        ] as const) {
          const listed = (matcher.neighbours.get(from) ?? []).filter((m) => m.id === to);
          expect(listed.every((m) => m.followUp === true && m.evidence.daysApart === 14)).toBe(true);
        }
      }
      expect(matcher.suggestions(id).filter((m) => fire.includes(m.id))).toEqual([]);
    }
  });

  it('shows the full names the chapters share as the evidence', () => {
    for (const id of charges) {
      for (const { evidence } of matcher.followUps(id)) {
        expect(evidence.sharedNames).toContain('Brightwater Logistics');
        expect(evidence.sharedNames.filter((name) => name.includes(' ')).length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('Match evidence', () => {
  const matcher = readAll();
  const matches = stories.flatMap((story, id) => (matcher.neighbours.get(id) ?? []).map((match) => ({ story, match })));

  it('is written in the words of the article, not their stems, and says no name twice', () => {
    expect(matches.length).toBeGreaterThan(20);
    for (const { story, match } of matches) {
      const nameWords = new Set(match.evidence.sharedNames.flatMap((n) => n.toLowerCase().split(/\s+/)));
      // Each word is one a reader finds in one of the two articles, as written there.
      const text = [story, stories[match.id]!].map((s) => [s.headline, ...s.body].join(' '));
      for (const word of match.evidence.sharedTerms) {
        expect(
          text.some((t) => t.includes(word) || t.toLowerCase().includes(word)),
          word,
        ).toBe(true);
        expect(nameWords.has(word), word).toBe(false);
        expect(word, 'numbers are listed as numbers').not.toMatch(/\d/);
      }
    }
    const words = matches.flatMap(({ match }) => match.evidence.sharedTerms);
    expect(words).toContain('warehouse');
    expect(words).not.toContain('warehous');
    // Days and months as English writes them, though the analysis reads every word in lower case.
    expect(words).toContain('Thursday');
    expect(words).not.toContain('thursday');
  });

  it('gives each number with its unit as written, once', () => {
    const budget = matches.find(({ story }) => story.headline.startsWith('Saltmere transit budget'))!.match;
    expect(budget.evidence.sharedNumbers).toEqual(expect.arrayContaining(['1,200,000,000 crowns', '2.9 crowns', '2.4']));
    for (const { match } of matches) expect(new Set(match.evidence.sharedNumbers).size).toBe(match.evidence.sharedNumbers.length);
  });
});

describe('Matcher safeguards', () => {
  const lorn = eventContents[0]!.stories;

  it('never matches an article without a date', () => {
    const matcher = new Matcher();
    matcher.add(docOf(lorn[0]!, 0));
    expect(matcher.add(docOf(lorn[1]!, 1, { publishedAt: null })).matches).toEqual([]);
  });

  it('never matches across languages', () => {
    const matcher = new Matcher();
    matcher.add(docOf(lorn[0]!, 0));
    expect(matcher.add(docOf(lorn[1]!, 1, { lang: 'de' })).matches).toEqual([]);
  });

  it('respects the reader saying two articles are not the same event', () => {
    const matcher = new Matcher();
    matcher.add(docOf(lorn[0]!, 0));
    matcher.clusters.markApart(0, 1);
    const { matches, event } = matcher.add(docOf(lorn[1]!, 1));
    expect(matches.map((m) => m.id)).not.toContain(0);
    expect(event).not.toBe(matcher.event(0));
  });

  it('is alone with no other outlets yet', () => {
    expect(new Matcher().add(docOf(lorn[0]!, 0))).toMatchObject({ matches: [], related: [] });
  });
});

describe('Matcher state', () => {
  const lorn = eventContents[0]!.stories;
  const fresh = () => {
    const matcher = new Matcher();
    lorn.forEach((story, id) => matcher.add(docOf(story, id)));
    return matcher;
  };

  it('restores from stored state to the same events and matches, without re-matching', () => {
    const original = fresh();
    const docs = lorn.map((story, id) => docOf(story, id));
    const restored = Matcher.restore({ docs, events: original.clusters.assignments(), neighbours: original.neighbours, apart: [] });
    expect(lorn.map((_, id) => restored.event(id))).toEqual(lorn.map((_, id) => original.event(id)));
    const next = docOf(eventContents[0]!.stories[0]!, 99, {});
    expect(restored.add({ ...next, outlet: 'another outlet' }).matches.length).toBeGreaterThan(0);
  });

  it('counts an article added again once, as if it had been removed first', () => {
    const again = fresh();
    again.add(docOf(lorn[0]!, 0));
    const removed = fresh();
    removed.remove(0);
    removed.add(docOf(lorn[0]!, 0));
    expect(again.idf.count('lorn')).toBe(lorn.length);
    expect(again.idf.count('lorn')).toBe(removed.idf.count('lorn'));
    expect(again.idf.maxIdf).toBe(removed.idf.maxIdf);
    expect(again.neighbours.get(0)).toEqual(removed.neighbours.get(0));
  });

  it('forgets a deleted article everywhere', () => {
    const matcher = fresh();
    const touched = matcher.remove(0);
    expect(touched.length).toBeGreaterThan(0);
    for (const id of touched) expect(matcher.neighbours.get(id)!.map((m) => m.id)).not.toContain(0);
    expect(matcher.eventMembers(1)).not.toContain(0);
  });

  it('moves an article out of an event when the reader says it is not the same event, and keeps it out', () => {
    const matcher = fresh();
    const event = matcher.event(0);
    const moved = matcher.markApart(0, 1);
    expect(moved).not.toBe(event);
    expect(matcher.neighbours.get(0)!.map((m) => m.id)).not.toContain(1);
    expect(matcher.markSame(0, 2)).toBe(matcher.event(0));
  });
});
