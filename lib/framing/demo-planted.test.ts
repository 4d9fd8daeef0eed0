/**
 * The demo site's events were written with framing differences planted in them
 * (e2e/site/content, `planted`): the analysers must find what the articles were written with.
 */
import { describe, expect, it } from 'vitest';
import { demoArticles, eventContents, outletName } from '../testing/demo-events';
import { compareArticles, type Comparison } from './index';

const straight = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const contains = (sentence: string, text: string) => straight(sentence).includes(straight(text));
const comparisons = new Map(eventContents.map((event) => [event.id, compareArticles(demoArticles(event))]));
const comparisonOf = (id: string): Comparison => comparisons.get(id)!;

// Marked in the section, but ranked below the 8 findings per outlet and kind that the list keeps.
const BELOW_THE_CAP = ['fined twice since 2023', 'No one was injured', 'no working sprinkler system'];

describe('the demo site’s planted framing differences', () => {
  const uniqueFacts = eventContents.flatMap((e) => e.planted.uniqueFacts.map((u) => [e.id, outletName(u.outlet), u.text] as const));
  it.each(uniqueFacts)('%s: only %s reports “%s”', (id, outlet, text) => {
    const { sections, findings } = comparisonOf(id);
    expect(
      sections.facts.claims.some((c) => c.status === 'only' && c.evidence[0]!.outlet === outlet && contains(c.evidence[0]!.sentence, text)),
    ).toBe(true);
    const found = findings.some((f) => f.kind === 'unique-fact' && f.outlets[0] === outlet && contains(f.evidence[0]!.sentence, text));
    expect(found).toBe(!BELOW_THE_CAP.includes(text));
  });

  const omissions = eventContents.flatMap((e) => e.planted.omissions.map((o) => [e.id, outletName(o.outlet), o.text] as const));
  it.each(omissions)('%s: %s leaves out “%s”', (id, outlet, text) => {
    const { sections, findings, outlets } = comparisonOf(id);
    const marked = sections.facts.claims.some(
      (c) => c.leftOutBy.some((k) => outlets[k] === outlet) && c.evidence.some((e) => contains(e.sentence, text)),
    );
    expect(marked).toBe(true);
    const found = findings.some(
      (f) => f.kind === 'omission' && f.outlets[0] === outlet && f.evidence.some((e) => contains(e.sentence, text)),
    );
    expect(found).toBe(!BELOW_THE_CAP.includes(text));
  });

  // The planted disagreements whose values are numbers on both sides; "several hundred",
  // "No evacuation was necessary", "a few hundred rioters" and "One firefighter" are not,
  // and the crowd outside City Hall is counted in different nouns (protesters, activists, people).
  const numbers: [string, string, string[]][] = [
    ['lorn-talks', 'length of the talks', ['continental-wire', 'harbor-ledger', 'ridgeline', 'eastern-herald']],
    ['brannock-flood', 'death toll', ['continental-wire', 'harbor-ledger', 'kestrel-press']],
    ['brannock-flood', 'residents evacuated', ['continental-wire', 'kestrel-press']],
    ['dravik-plant-fire', 'workers hurt', ['continental-wire', 'northern-monitor']],
    ['saltmere-warehouse-fire', 'firefighters at the scene', ['continental-wire', 'harbor-ledger']],
    ['tessaly-warehouse-fire', 'time to bring the fire under control', ['eastern-herald', 'continental-wire']],
    ['saltmere-warehouse-charges', 'exits blocked', ['continental-wire', 'harbor-ledger']],
  ];
  it.each(numbers)('%s: the outlets disagree on the %s', (id, what, slugs) => {
    const planted = eventContents.find((e) => e.id === id)!.planted.numbers.find((n) => n.what === what)!;
    const expected = planted.values.filter((v) => slugs.includes(v.outlet));
    const finding = comparisonOf(id).findings.find(
      (f) =>
        f.kind === 'number' &&
        expected.every((v) => f.evidence.some((e) => e.outlet === outletName(v.outlet) && contains(e.sentence, v.value))),
    );
    expect(finding, `${what}: ${JSON.stringify(expected)}`).toBeDefined();
  });

  it('finds no number disagreement the articles were not written with', () => {
    const planted = eventContents.flatMap((e) => e.planted.numbers.length);
    const found = eventContents.map((e) => comparisonOf(e.id).findings.filter((f) => f.kind === 'number').length);
    found.forEach((n, i) => expect(n).toBeLessThanOrEqual(planted[i]!));
  });

  // A word used once cannot stand out statistically in one article (words.ts); the planted
  // words an outlet uses at least twice and the others never must rank among its top five.
  const words = eventContents.flatMap((e) =>
    e.planted.wordChoice.flatMap((w) => w.words.map((word) => [e.id, outletName(w.outlet), word] as const)),
  );
  const uses = (text: string, word: string) => text.toLowerCase().match(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu'))?.length ?? 0;
  const repeated = words.filter(([id, outlet, word]) => {
    const articles = demoArticles(eventContents.find((e) => e.id === id)!);
    return articles.every((a) => (a.outlet === outlet ? uses(a.text, word) >= 2 : uses(a.text, word) === 0));
  });
  it('has planted words used repeatedly by one outlet alone', () => expect(repeated.length).toBeGreaterThanOrEqual(3));
  it.each(repeated)('%s: %s’s distinctive words include “%s”', (id, outlet, word) => {
    const distinctive = comparisonOf(id).sections.words.distinctive.find((d) => d.outlet === outlet)!;
    expect(distinctive.words.slice(0, 5).map((w) => w.word)).toContain(word);
  });
});
