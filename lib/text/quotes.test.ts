import { describe, expect, it } from 'vitest';
import { quotes } from './quotes';

const who = (text: string) => quotes(text, 'en').map((q) => [q.kind, q.speaker?.name ?? null, q.text]);

describe('quotes', () => {
  it('attributes a split quote to the speaker named between its halves', () => {
    const text = '“We did not solve everything today,” Sorvald told reporters, “but we stopped talking past each other.”';
    expect(who(`Annika Sorvald met Dmitar Kovin. ${text}`)).toEqual([
      ['direct', 'Annika Sorvald', 'We did not solve everything today,'],
      ['direct', 'Annika Sorvald', 'but we stopped talking past each other.'],
    ]);
  });

  it('reads the speaker after the verb and skips the apposition', () => {
    expect(who('“The water came faster than any model,” said Oskar Brandt, director of the agency.')).toEqual([
      ['direct', 'Oskar Brandt', 'The water came faster than any model,'],
    ]);
    expect(who('Dr. Lev Marin, who runs the health centre on Riverside, said: “It was not nothing at all.”')).toEqual([
      ['direct', 'Lev Marin', 'It was not nothing at all.'],
    ]);
  });

  it('resolves pronouns and roles to the last fitting person', () => {
    const text =
      'Mayor Rosa Feld met Oskar Brandt on Tuesday. “We will count the cost later,” she said. ' +
      '“Our crews were there within minutes,” he said. “Tonight we count people,” the mayor added.';
    expect(quotes(text, 'en').map((q) => q.speaker?.name)).toEqual(['Rosa Feld', 'Oskar Brandt', 'Rosa Feld']);
    const spokesman = 'Major Goran Lisac, a fire service spokesman, met Vesna Orlic. “We fight fires,” the spokesman said.';
    expect(quotes(spokesman, 'en')[0]?.speaker?.name).toBe('Goran Lisac');
  });

  it('folds spelling variants of the speaker into one key', () => {
    const [a] = quotes('“We reject the proposal entirely,” Sergey Lavrov said.', 'en');
    const [b] = quotes('“We reject the proposal entirely,” said Sergei Lavrov.', 'en');
    expect(a!.speaker!.key).toBe(b!.speaker!.key);
  });

  it('finds reported speech and sources with "according to"', () => {
    expect(who('Anton Belic of the environmental group Green Ostrevia said the group wanted independent tests.')).toEqual([
      ['reported', 'Anton Belic', 'the group wanted independent tests'],
    ]);
    expect(who('The flooding killed 12 people, according to the regional civil protection agency.')).toEqual([
      ['reported', 'the regional civil protection agency', 'The flooding killed 12 people'],
    ]);
  });

  it('lets organisations and anonymous sources speak without a name', () => {
    const found = quotes('The State Department said the talks would resume. Officials said the border stays closed.', 'en');
    expect(found.map((q) => [q.speaker?.name, q.speaker?.kind])).toEqual([
      ['State Department', 'organisation'],
      ['Officials', 'anonymous'],
    ]);
  });

  it('does not take a possessive, a scare quote or a passive for a speaker', () => {
    expect(who('I am told that Sorvald’s own deputy argued against the meeting.')).toEqual([]);
    expect(who('The line, repeated by Kovin, that the troops are “defensive” is absurd.')).toEqual([]);
  });

  it('carries a speaker over to the next quotation of the same paragraph', () => {
    const text = '“We filled the van at eight,” said Emil Sorensen. “People in Brannock would do the same for us.”';
    expect(quotes(text, 'en').map((q) => q.speaker?.name)).toEqual(['Emil Sorensen', 'Emil Sorensen']);
  });

  it('keeps offsets that point at the quoted words and the sentence', () => {
    const text = 'Kovin arrived. “Our proposals are on the table,” he said.';
    const [q] = quotes(text, 'en');
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
    expect(q!.sentence.text).toBe('“Our proposals are on the table,” he said.');
  });

  it('takes "he said" for the person who spoke last, not the person named last', () => {
    const text =
      'Back on NBC, Donald Trump said he wants Barack Obama to do well. “I love this country, but it is going to hell,” he said.';
    expect(quotes(text, 'en').find((q) => q.kind === 'direct')?.speaker?.name).toBe('Donald Trump');
    const later = 'Emil Sorensen said the vans were full. Mayor Rosa Feld thanked the volunteers. “Please call first,” she said.';
    expect(quotes(later, 'en').find((q) => q.kind === 'direct')?.speaker?.name).toBe('Rosa Feld');
  });

  it('reads the subject through "went on to say", "himself" and a day', () => {
    expect(quotes('Dmitar Kovin arrived. “It has lost tremendous credibility,” he went on to say.', 'en')[0]?.speaker?.name).toBe(
      'Dmitar Kovin',
    );
    expect(quotes('Trump himself said Friday evening that the day was “a very sad day for journalism.”', 'en')[0]?.speaker?.name).toBe(
      'Trump',
    );
  });

  it("keeps a short quote introduced by a naming verb and gives it to that verb's subject", () => {
    const called =
      'Dmitar Kovin said the port must stay open. He threw jabs at Oskar Brandt, whom he called a “dangerous demagogue” and a “bomb-thrower.”';
    expect(who(called).filter((q) => q[0] === 'direct')).toEqual([
      ['direct', 'Dmitar Kovin', 'dangerous demagogue'],
      ['direct', 'Dmitar Kovin', 'bomb-thrower.'],
    ]);
    const calling = 'Calling Mr. Brandt a “sniveling coward,” Mr. Kovin told his rival to “leave the port alone.”';
    expect(who(calling).map((q) => q[1])).toEqual(['Kovin', 'Kovin']);
  });

  it('reads "referred to … as", "accusing … of" and "saying" before a short quote', () => {
    const referred = 'Emil Sorensen met reporters. At one point, Sorensen referred to a reporter in the scrum as a “jackass.”';
    expect(who(referred)).toContainEqual(['direct', 'Emil Sorensen', 'jackass.']);
    const accusing = 'It came after Emil Sorensen publicly chided Rosa Feld on Friday, accusing the mayor of having “wasted another week.”';
    expect(who(accusing)).toContainEqual(['direct', 'Emil Sorensen', 'wasted another week.']);
    const saying = 'Mayor Rosa Feld endorsed Emil Sorensen on Thursday, saying he has the “courage” for the job.';
    expect(who(saying)).toContainEqual(['direct', 'Rosa Feld', 'courage']);
  });

  it('reads "dismissed … as" as speech, and its subject as the next "he"', () => {
    expect(who('In a speech on Saturday, Emil Sorensen had dismissed the plan as “fantasy.”')).toEqual([
      ['direct', 'Emil Sorensen', 'fantasy.'],
    ]);
    const text = 'Oskar Brandt spoke first. Dmitar Kovin has also dismissed the idea. “It is going to be useless,” he said.';
    expect(quotes(text, 'en').find((q) => q.kind === 'direct')?.speaker?.name).toBe('Dmitar Kovin');
  });

  it('leaves a true scare quote out, with no speaker', () => {
    expect(who('Rosa Feld said the troops were ready. The so-called “experts” and the “defensive” troops stayed home.')).toEqual([
      ['reported', 'Rosa Feld', 'the troops were ready'],
    ]);
  });

  it('finds the subject after an introductory phrase with no comma', () => {
    const text =
      'Senator Lev Marin spoke in Ohio. In Wednesday’s speech the senator also took a swipe at Rosa Feld, calling her tenure “ineffective at best.”';
    expect(who(text)).toContainEqual(['direct', 'Lev Marin', 'ineffective at best.']);
  });

  it('gives "the statement continued" to the person who issued the statement', () => {
    const text =
      '“We will rebuild the bridge,” Rosa Feld said in a statement released by her office. “The river will not divide us,” the statement continued.';
    expect(quotes(text, 'en').map((q) => q.speaker?.name)).toEqual(['Rosa Feld', 'Rosa Feld']);
  });

  it('prefers the person who tells the words to a document cited for the sentence', () => {
    const text = 'Mr. Kovin told Mr. Brandt he should “keep quiet about the ledger” before the committee, the indictment said.';
    expect(quotes(text, 'en')[0]?.speaker?.name).toBe('Kovin');
  });

  it('gives a quotation in its own paragraph to the sentence that announces it with a colon', () => {
    const text =
      'Rosa Feld went further than the council on Thursday morning, tweeting:\n\n“The bridge will be rebuilt by spring!”\n\nAnother member, Emil Sorensen, said he agreed.';
    expect(quotes(text, 'en').find((q) => q.kind === 'direct')?.speaker?.name).toBe('Rosa Feld');
    expect(who('The chief tweeted, “finally,” after the vote. Rosa Feld is the chief.')[0]?.[2]).toBe('finally,');
  });

  it('gives quotations without speakers in languages it cannot read', () => {
    const found = quotes('« Nous avons parlé pendant quatre heures », a déclaré Sorvald.', 'fr');
    expect(found.map((q) => [q.kind, q.speaker, q.text])).toEqual([['direct', null, 'Nous avons parlé pendant quatre heures']]);
  });
});
