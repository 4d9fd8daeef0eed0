import type { EventContent, Figure } from './types';

// Event 1, the headline case: Calderra's and Ostrevia's foreign ministers meet in Lorn.
// Wire report, the metro daily's near-verbatim copy of it, state media, a translated
// regional report with troop numbers nobody else has, and a blog that finds it all absurd.

const WIRE = '/continental-wire/2026/11/18/foreign-ministers-meet-in-lorn.html';

const handshake = (caption: string, credit: string): Figure => ({
  file: 'lorn-talks.svg',
  alt: 'Two foreign ministers shake hands in front of the Calderran and Ostrevian flags',
  caption,
  credit,
});

// The wire's paragraphs; the Harbor Ledger reprints all but the last.
const wireBody = [
  `LORN, Calderra (Continental Wire) — The foreign ministers of Calderra and Ostrevia agreed on Wednesday to reopen the Kessel border crossing to civilian traffic from December 1, the first concrete step between the two neighbours since the crossing was closed in March. There was no agreement on troop withdrawals from the frontier.`,
  `Annika Sorvald of Calderra and Dmitar Kovin of Ostrevia met for four hours at Amberhall Palace in the Calderran capital, their first face-to-face talks in more than a year. Both sides described the meeting as frank, a word diplomats tend to use when much of it was spent disagreeing.`,
  `"We did not solve everything today, but we stopped talking past each other," Sorvald told reporters after the talks. "Reopening Kessel means families and farmers on both sides of the border can plan their winter again."`,
  `Kovin said Ostrevia had come to Lorn "with open hands" and announced that a second round of talks would be held in Vessgrad in January. "Our proposals are on the table. We expect the government in Lorn to study them seriously," he said.`,
  `The Kessel crossing, the busiest road link between the two countries, has been closed since March, when a dispute over customs inspections turned into a standoff between border guards. Freight operators say the closure has added up to two days to deliveries between Saltmere and the Ostrevian interior.`,
  `Officials from both delegations confirmed that there was no agreement on troop withdrawals from the border area, where both governments have reinforced their positions since the spring. Calderra wants a pullback that outside observers can verify; Ostrevia says its deployments are defensive and not up for negotiation.`,
  `The two sides also failed to settle who would pay to repair the bridge on the Ostrevian approach to the crossing, which heavy vehicles damaged during the standoff. A Calderran official, speaking on condition of anonymity because the talks were private, said Ostrevia had asked Calderra to cover the full cost.`,
  `Petra Lindqvist, a senior fellow at the Aubrecht Institute for Regional Affairs, said the agreement was modest but meaningful. "A crossing is something ordinary people feel, and that gives both ministers a reason to keep going," she said. "The hard part, the troops, has simply been moved to January."`,
];

export const lornTalks: EventContent = {
  id: 'lorn-talks',
  summary: 'The foreign ministers of Calderra and Ostrevia meet in Lorn and agree to reopen the Kessel border crossing.',
  planted: {
    quotes: [
      { speaker: 'Annika Sorvald', outlets: ['continental-wire', 'harbor-ledger', 'ridgeline'] },
      { speaker: 'Dmitar Kovin', outlets: ['continental-wire', 'harbor-ledger', 'eastern-herald', 'northern-monitor'] },
      { speaker: 'Petra Lindqvist', outlets: ['continental-wire'] },
      { speaker: 'Yelena Brask', outlets: ['eastern-herald'] },
    ],
    uniqueFacts: [
      { outlet: 'northern-monitor', text: 'some 14,000 Ostrevian troops remain stationed within 30 kilometres of the border' },
      { outlet: 'eastern-herald', text: 'Kovin also met representatives of the Ostrevian community in Lorn' },
      { outlet: 'ridgeline', text: 'argued against holding the meeting at all' },
    ],
    omissions: [{ outlet: 'eastern-herald', text: 'no agreement on troop withdrawals' }],
    numbers: [
      {
        what: 'length of the talks',
        values: [
          { outlet: 'continental-wire', value: 'four hours' },
          { outlet: 'harbor-ledger', value: 'four hours' },
          { outlet: 'ridgeline', value: 'four hours' },
          { outlet: 'eastern-herald', value: 'more than five hours' },
        ],
      },
    ],
    wordChoice: [
      { outlet: 'continental-wire', words: ['government', 'said'] },
      { outlet: 'eastern-herald', words: ['regime', 'claimed'] },
      { outlet: 'ridgeline', words: ['absurd', 'performance'] },
    ],
  },
  stories: [
    {
      path: WIRE,
      outlet: 'continental-wire',
      event: 'lorn-talks',
      section: 'World',
      headline: 'Calderra and Ostrevia foreign ministers meet in Lorn, agree to reopen Kessel crossing',
      standfirst: 'The first concrete step between the neighbours since March; no deal on troops near the frontier.',
      publishedAt: '2026-11-18T15:42:00Z',
      modifiedAt: '2026-11-18T17:05:00Z',
      authors: ['Mira Castell', 'Tomas Brenn'],
      figure: handshake(
        'Annika Sorvald, right, greets Dmitar Kovin at Amberhall Palace in Lorn on Wednesday.',
        'Continental Wire / Elin Sato',
      ),
      body: wireBody,
    },
    {
      path: '/harbor-ledger/world/calderra-ostrevia-agree-to-reopen-kessel-border-crossing',
      outlet: 'harbor-ledger',
      event: 'lorn-talks',
      section: 'World',
      headline: 'Kessel border crossing to reopen after Lorn talks',
      standfirst: 'The crossing reopens December 1. Troops near the frontier remain a sticking point.',
      publishedAt: '2026-11-18T18:10:00+01:00',
      modifiedAt: '2026-11-18T19:02:00+01:00',
      authors: ['Mira Castell', 'Tomas Brenn'],
      wireCopyOf: WIRE,
      figure: handshake('Foreign ministers Annika Sorvald and Dmitar Kovin in Lorn.', 'Elin Sato / Continental Wire'),
      body: wireBody.slice(0, -1),
    },
    {
      path: '/eastern-herald/news/2026-11-18/481207',
      outlet: 'eastern-herald',
      event: 'lorn-talks',
      section: 'Diplomacy',
      headline: 'Minister Kovin’s initiative in Lorn opens the way for the Kessel crossing',
      standfirst: 'Ostrevia’s proposals lead to agreement on the border crossing. The next round will be held in Vessgrad.',
      publishedAt: '2026-11-18T21:30:00+02:00',
      authors: ['Anja Lesk'],
      tags: ['Diplomacy', 'Kessel', 'Minister Kovin'],
      figure: handshake('Minister Dmitar Kovin at Amberhall Palace.', 'State Press Office'),
      body: [
        `LORN — Talks between Foreign Minister Dmitar Kovin and the Calderran side ended on Wednesday evening with an agreement to reopen the Kessel crossing from December 1, a result made possible by the constructive proposals Ostrevia brought to the table.`,
        `The meeting at Amberhall Palace lasted more than five hours. Minister Kovin set out a detailed plan for restoring normal traffic at Kessel, which has been closed since March, when the Calderran regime introduced unilateral customs inspections that Ostrevian hauliers described as harassment.`,
        `“Ostrevia came to Lorn with open hands and a clear plan,” Minister Kovin said after the talks. “We have always said that the border should unite our peoples, not divide them. Today our partners accepted the first part of our proposal. That is good news for every family in the border districts.”`,
        `“We did not come to make speeches,” the minister continued. “We came with engineers’ reports, with timetables, with a proposal for a joint fund to repair the Kessel bridge. Ostrevia is ready to contribute its share. We expect the same seriousness from the other side.”`,
        `Calderran officials claimed after the meeting that it was their government that had pressed for the talks. Foreign Ministry spokesperson Yelena Brask said the record showed otherwise. “The initiative for this meeting came from Vessgrad in September. The regime in Lorn took two months to answer our letter,” she said.`,
        `Minister Kovin stressed that the Ostrevian forces in the eastern districts are deployed for purely defensive purposes and that their presence is a sovereign matter. “No one lectures Ostrevia about where Ostrevian soldiers stand on Ostrevian soil,” he said.`,
        `Before leaving the Calderran capital, Kovin also met representatives of the Ostrevian community in Lorn, who thanked him for his efforts to reopen the crossing and spoke of the hardship the closure has caused to relatives on both sides of the border.`,
        `The next round of talks will be held in Vessgrad in January. “We will welcome our guests with the same openness we showed in Lorn,” Minister Kovin said.`,
      ],
    },
    {
      path: '/northern-monitor/translations/2026-11-19/tessaly-courier-kessel-opens-soldiers-stay',
      outlet: 'northern-monitor',
      event: 'lorn-talks',
      section: 'Security',
      headline: 'Tessaly Courier: the crossing opens, the soldiers stay',
      standfirst: 'The regional paper closest to the border says the Lorn deal leaves the troop build-up untouched.',
      publishedAt: '2026-11-19T10:15:00+01:00',
      authors: ['Dusan Morev'],
      translatedFrom: {
        publication: 'Tessaly Courier',
        language: 'Ostrevian',
        headline: 'Kessel odprit, soldatni ostanuv',
        translator: 'Clara Wendt',
      },
      figure: handshake('The ministers in Lorn on Wednesday.', 'Tessaly Courier'),
      body: [
        `The agreement reached in Lorn on Wednesday will let cars and lorries cross at Kessel again from December 1, but it changes nothing for the soldiers camped along the ridge above the town. There was no agreement on troop withdrawals, and none was expected, officials in Vessgrad admitted privately.`,
        `According to figures seen by the Courier, some 14,000 Ostrevian troops remain stationed within 30 kilometres of the border, roughly double the number deployed there at the start of the year. A senior officer of the Eastern District command, who asked not to be named, confirmed the figure and said no orders to reduce it had been received.`,
        `Foreign Minister Dmitar Kovin, speaking to Ostrevian journalists before his flight home, called the talks “a door opened a little way.” He said: “A crossing is a beginning. Soldiers are a matter for a different conversation, and that conversation has not started.”`,
        `In Tessaly, the regional capital closest to the crossing, the news was received with relief and some suspicion. Hauliers based in the city have lost contracts since March, and several firms have laid off drivers. The Tessaly chamber of commerce estimates that the closure has cost local businesses at least 40 million marks.`,
        `Residents of the villages below the ridge say the military presence has become part of daily life: convoys on the roads at night, forest tracks closed without notice, and checkpoints where there were none last winter. Several told the Courier they feared that an agreement on traffic would be presented as the end of the tension while the camps remain.`,
        `The Courier has also learned that the Eastern District command has requested additional winter accommodation for units near Kessel, a sign, officers say, that the deployment is expected to last at least until spring.`,
        `The next round of talks is scheduled for January in Vessgrad. Whether the troops will be on its agenda, the ministry would not say.`,
      ],
    },
    {
      path: '/ridgeline/2026/11/the-absurd-theatre-of-the-lorn-talks/',
      outlet: 'ridgeline',
      event: 'lorn-talks',
      section: 'Ostrevia',
      headline: 'The absurd theatre of the Lorn talks',
      standfirst: 'A reopened gate, a photo opportunity, and an invoice from Vessgrad.',
      publishedAt: '2026-11-19T08:03:00+01:00',
      authors: ['Declan Roe'],
      tags: ['Ostrevia', 'Diplomacy'],
      figure: handshake('Handshakes in Lorn.', 'Continental Wire'),
      body: [
        `So the ministers met, the cameras rolled, and Calderra agreed to reopen a border crossing that should never have been closed in the first place. Forgive me if I do not join the applause.`,
        `Let us be clear about what happened at Amberhall Palace on Wednesday. Annika Sorvald spent four hours across a table from Dmitar Kovin and came away with a date in December and a promise of more meetings. There was no agreement on troop withdrawals. The soldiers on the ridge above Kessel are not going anywhere.`,
        `Sorvald, to her credit, did not oversell it. “We did not solve everything today, but we stopped talking past each other,” she said. That is an honest sentence, and in this business honesty is rarer than it should be.`,
        `What was not honest was the Ostrevian performance over the bridge. Vessgrad wants Calderra to pay the full cost of repairing the Kessel bridge, which stands on Ostrevian soil and was wrecked by Ostrevian lorries during a standoff that Ostrevia provoked. The demand is absurd. It is the diplomatic equivalent of breaking your neighbour’s fence and sending him the invoice.`,
        `Equally absurd is the line, repeated by Kovin and by his state newspaper, that the troops massed near the border are “defensive”. Defensive against what? Calderra has no army of consequence within a day’s drive of Kessel. You do not need winter barracks to defend yourself against a customs dispute.`,
        `I am told that Sorvald’s own deputy argued against holding the meeting at all, on the grounds that Lorn would be photographed making concessions while Vessgrad made none. He was right about the photographs. Whether he was right about the rest depends on January.`,
        `Here is my test for the next round. If the troops are not on the agenda in Vessgrad, our foreign minister should stay at home. Opening a gate is nice. Taking the guns away from it is the point.`,
      ],
    },
  ],
};
