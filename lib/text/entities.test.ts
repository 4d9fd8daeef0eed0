import { describe, expect, it } from 'vitest';
import { entities, entityKey } from './entities';

const names = (text: string) => entities(text).map((e) => e.name);
const byName = (text: string, name: string) => entities(text).find((e) => e.name === name);

describe('entities', () => {
  const story =
    'GENEVA — Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State Antony Blinken on Tuesday. ' +
    'The talks lasted two hours.\n\n' +
    'Mr. Lavrov said NATO must pull back. "We will not wait," Lavrov\'s spokeswoman Maria Zakharova said. ' +
    'But Blinken disagreed, the State Department said.';

  it('strips titles and the words before them from a name', () => {
    expect(names(story)).toEqual(['GENEVA', 'Sergey Lavrov', 'Antony Blinken', 'NATO', 'Maria Zakharova', 'State Department']);
  });

  it('counts a later surname, with a title or a possessive, as the full name', () => {
    expect(byName(story, 'Sergey Lavrov')).toMatchObject({ key: entityKey('Sergei Lavrov'), count: 3 });
    expect(byName(story, 'Antony Blinken')?.count).toBe(2);
  });

  it('gives the offset of the first mention', () => {
    const lavrov = byName(story, 'Sergey Lavrov')!;
    expect(story.slice(lavrov.firstOffset, lavrov.firstOffset + 13)).toBe('Sergey Lavrov');
  });

  it('resolves a surname that comes before the full name (a headline)', () => {
    expect(entities('Lavrov warns NATO\n\nRussian Foreign Minister Sergei Lavrov said on Monday that talks failed.')).toEqual([
      { key: entityKey('Sergei Lavrov'), name: 'Sergei Lavrov', count: 2, firstOffset: 0 },
      { key: 'nato', name: 'NATO', count: 1, firstOffset: 13 },
    ]);
  });

  it('resolves a shared surname to the person named most recently', () => {
    const text = 'Bill Clinton spoke first. Then Hillary Clinton spoke, and Clinton was applauded.';
    expect(entities(text).map((e) => [e.name, e.count])).toEqual([
      ['Bill Clinton', 1],
      ['Hillary Clinton', 2],
    ]);
  });

  it('drops common words that are capitalised only because they start a sentence', () => {
    expect(
      names('Police said the gunman fled. The police chief said nothing. Four teens were hurt. In Raleigh, officers searched.'),
    ).toEqual(['Raleigh']);
  });

  it('drops sentence adverbs and participles at the start of a sentence', () => {
    expect(names('Indeed, the vote failed. Speaking to reporters, the mayor left. Shortly after, Ms. Ortiz resigned.')).toEqual(['Ortiz']);
  });

  it('keeps a known surname that opens a sentence before a comma', () => {
    const text = 'Sergei Lavrov arrived late. Lavrov, speaking at the mission, denied it. Inside Russia, Lavrov is popular.';
    expect(entities(text).map((e) => [e.name, e.count])).toEqual([
      ['Sergei Lavrov', 3],
      ['Russia', 1],
    ]);
  });

  it('drops a title that names nobody', () => {
    expect(names('The Foreign Minister said the President would travel.')).toEqual([]);
  });

  it('keeps institutions whose name begins with a title word', () => {
    expect(names('A lawyer for the Justice Department spoke to the House Intelligence Committee.')).toEqual([
      'Justice Department',
      'House Intelligence Committee',
    ]);
  });

  it('keeps lower-case particles inside names', () => {
    expect(names('Bashar al-Assad met officials of the Bank of America and Ludwig van Beethoven fans.')).toEqual([
      'Bashar al-Assad',
      'Bank of America',
      'Ludwig van Beethoven',
    ]);
  });

  it('keeps initials and all-caps acronyms', () => {
    expect(names('The shooter, J. R. Smith, was known to the FBI and the UN.')).toEqual(['J. R. Smith', 'FBI', 'UN']);
  });

  it('does not read weekdays, months or US party tags as names', () => {
    expect(names('On Tuesday in November, Sen. John McCain (R-Ariz.) spoke.')).toEqual(['John McCain']);
  });

  it('trusts the capitals of a Title Case headline only where the text repeats them', () => {
    const text = 'Michael Steele Criticized for Afghanistan Comments\n\nRepublicans criticized Michael Steele over remarks on Afghanistan.';
    expect(names(text)).toEqual(['Michael Steele', 'Afghanistan', 'Republicans']);
  });

  it('returns nothing for lower-case text', () => {
    expect(entities('nothing here is a name, not even the mayor.')).toEqual([]);
  });
});
