import { describe, expect, it } from 'vitest';
import { compareArticles, type FramingArticle } from './index';

function article(outlet: string, paragraphs: string[]): FramingArticle {
  return {
    id: outlet,
    outlet,
    title: `${outlet}: flood in Brannock`,
    url: `https://${outlet.toLowerCase()}.example/a`,
    publishedAt: '2026-11-17',
    text: paragraphs.join('\n\n'),
  };
}

const wire = article('Wire', [
  'Flooding killed 12 people in the city of Brannock after the River Idle burst its banks overnight, and two people are still missing.',
  'Some 3,000 residents were evacuated before dawn, many of them by boat.',
]);
const ledger = article('Ledger', [
  'The River Idle burst its banks overnight and the flooding killed 12 people in Brannock, the agency said; two people are still missing.',
]);
const kestrel = article('Kestrel', [
  'The flooding in Brannock has killed 14 people, the mayor said, after rescuers recovered more bodies; two people are still missing.',
  'About 4,500 residents had left their homes, most of them to stay with relatives.',
]);

const numberFindings = (articles: FramingArticle[]) => compareArticles(articles).findings.filter((f) => f.kind === 'number');

describe('compareNumbers', () => {
  it('says which outlet counts differently from the others, quoting each count', () => {
    const [deaths, ...rest] = numberFindings([wire, ledger, kestrel]).sort((a, b) => a.summary.localeCompare(b.summary));
    expect(deaths!.summary).toBe('Kestrel says “14 people”; Wire and Ledger say “12 people”.');
    expect(deaths!.outlets).toEqual(['Kestrel']);
    expect(deaths!.evidence.map((e) => e.outlet)).toEqual(['Wire', 'Ledger', 'Kestrel']);
    // Each article counts residents once: the two counts are of the same thing.
    expect(rest.map((f) => f.summary)).toEqual(['The numbers differ: Wire says “3,000 residents”; Kestrel says “4,500 residents”.']);
  });

  it('keeps two counts of one sentence apart by the words beside them', () => {
    const groups = compareArticles([wire, ledger, kestrel]).sections.numbers.groups;
    const missing = groups.find((g) => g.values.every((v) => v.surface === 'two people'));
    expect(missing?.values.map((v) => v.outlet)).toEqual(['Wire', 'Ledger', 'Kestrel']);
  });

  it('does not pair counts of the same unit told about different things', () => {
    const other = article('Other', ['The city council has 450 residents on its waiting list for new flats, built after the 1978 flood.']);
    expect(numberFindings([wire, other])).toEqual([]);
  });

  it('counts what a compound noun counts: two fire exits and three fire exits disagree, three fire trucks are another count', () => {
    const exits = (outlet: string, exits: string, trucks: string) =>
      article(outlet, [
        `An inspector found ${exits} fire exits blocked by pallets weeks before the blaze, and ${trucks} fire trucks came.`,
      ]);
    const findings = numberFindings([exits('Wire', 'two', 'three'), exits('Ledger', 'three', 'three')]);
    expect(findings.map((f) => f.summary)).toEqual(['The numbers differ: Wire says “two fire exits”; Ledger says “three fire exits”.']);
  });

  it('finds nothing between identical copies', () => {
    expect(numberFindings([wire, { ...wire, id: 'copy', outlet: 'Copy' }])).toEqual([]);
  });
});

describe('dates that disagree', () => {
  const reopen = (outlet: string, day: string) =>
    article(outlet, [
      `Calderra and Ostrevia agreed on Wednesday to reopen the Kessel border crossing to civilian traffic from ${day}, officials said.`,
    ]);

  it('tells the same fact given different days, whatever the spelling', () => {
    const findings = numberFindings([reopen('Wire', 'December 1'), reopen('Ledger', 'Dec. 1'), reopen('Herald', '2 December')]);
    expect(findings.map((f) => [f.summary, f.outlets])).toEqual([
      ['Herald says “2 December”; Wire and Ledger say “December 1”.', ['Herald']],
    ]);
  });

  it('compares only sentences that tell the same fact', () => {
    const other = article('Other', ['The next round of talks between the two foreign ministers will be held in Vessgrad on January 12.']);
    expect(numberFindings([reopen('Wire', 'December 1'), other])).toEqual([]);
  });
});
