import type { EventContent, Figure } from './types';

// Event 7: two weeks after the Pier 9 fire (event 5), Saltmere's prosecutor charges
// Brightwater Logistics and its managing director, Karl Wessel, on Thursday 3 December.
// A later chapter of event 5, not more of its coverage: the same people and the same
// warehouse, 14 days later, so each story must list event 5's other outlets as follow-ups
// and never join its event. The Ledger has the watchman's warnings, the wire the defence.

const shell = (caption: string, credit: string): Figure => ({
  file: 'warehouse-saltmere.svg',
  alt: 'The burnt-out Brightwater Logistics warehouse at Pier 9 in Saltmere',
  caption,
  credit,
});

export const saltmereWarehouseCharges: EventContent = {
  id: 'saltmere-warehouse-charges',
  summary: 'Brightwater Logistics and its managing director are charged over the Pier 9 warehouse fire in Saltmere.',
  planted: {
    quotes: [
      { speaker: 'Liv Moberg', outlets: ['continental-wire', 'harbor-ledger'] },
      { speaker: 'Marit Solberg', outlets: ['continental-wire', 'harbor-ledger'] },
      { speaker: 'Henrik Dahl', outlets: ['continental-wire'] },
      { speaker: 'Ivo Stanek', outlets: ['harbor-ledger'] },
      { speaker: 'Agnes Holm', outlets: ['harbor-ledger'] },
    ],
    uniqueFacts: [],
    omissions: [
      { outlet: 'harbor-ledger', text: 'Brightwater Logistics said it would contest the charges' },
      { outlet: 'continental-wire', text: 'reported the blocked exits to his managers twice in October' },
    ],
    numbers: [
      {
        what: 'exits blocked',
        values: [
          { outlet: 'continental-wire', value: 'two fire exits' },
          { outlet: 'harbor-ledger', value: 'three fire exits' },
        ],
      },
    ],
    wordChoice: [
      { outlet: 'harbor-ledger', words: ['blaze'] },
      { outlet: 'continental-wire', words: ['fire'] },
    ],
  },
  stories: [
    {
      path: '/continental-wire/2026/12/03/brightwater-charged-over-pier-9-warehouse-fire.html',
      outlet: 'continental-wire',
      event: 'saltmere-warehouse-charges',
      section: 'Cities',
      headline: 'Brightwater charged over Pier 9 fire that destroyed Saltmere warehouse',
      standfirst: 'Prosecutors say the sprinklers were off and fire exits blocked when the Pier 9 warehouse burned.',
      publishedAt: '2026-12-03T10:15:00Z',
      authors: ['Jonas Ekdahl'],
      figure: shell('The remains of the Brightwater Logistics warehouse at Pier 9 on Wednesday.', 'Continental Wire / Jonas Ekdahl'),
      body: [
        `SALTMERE, Calderra (Continental Wire) — Prosecutors in Saltmere on Thursday charged Brightwater Logistics and its managing director, Karl Wessel, with breaching fire safety law, two weeks after an overnight fire destroyed the company's warehouse at Pier 9 in the city's port.`,
        `The fire broke out at about 3:30 a.m. on November 19 near the loading bays at the back of the warehouse, where a shipment of Brannock-made furniture worth 3 million crowns was waiting to be exported. A night watchman raised the alarm, and by dawn most of the roof had come down. Smoke drifted across the harbour and the Old Town, and Quay Street was closed for most of the morning. No one was injured.`,
        `A fire service report published on Wednesday found that the warehouse's sprinkler system had been switched off since early October while a pump was repaired, and that two fire exits were blocked by stacked pallets on the night of the fire.`,
        `"Each of those failures made the building more dangerous on its own. Together, they meant that a fire in one corner could take the whole warehouse," Fire Chief Liv Moberg said as she presented the report. "We were fortunate that the night shift got out."`,
        `According to the report, the fire started in a charging station for electric forklifts by the loading bays, most likely because of a faulty cable. Investigators found no sign that it had been started deliberately.`,
        `City Prosecutor Marit Solberg said the company and Wessel were accused of exposing employees to a risk of death or serious injury. If convicted, Wessel faces up to three years in prison, and the company a fine that the law does not cap.`,
        `Brightwater Logistics said it would contest the charges. "The repair of the sprinkler pump was agreed with the city's inspectors, and the company arranged extra night patrols while it was carried out," said Henrik Dahl, a lawyer for the company and for Wessel. "We are confident the court will see that."`,
        `The company has moved its Saltmere operations to a warehouse at Pier 12 and says it has kept all of its 120 staff on full pay. A first hearing is set for January 14 at the Saltmere District Court.`,
      ],
    },
    {
      path: '/harbor-ledger/saltmere/port-fire-brightwater-boss-charged-exits-blocked',
      outlet: 'harbor-ledger',
      event: 'saltmere-warehouse-charges',
      section: 'Saltmere',
      headline: 'Saltmere port fire: Brightwater boss charged as report finds warehouse exits were blocked',
      standfirst:
        'No one was hurt when fire destroyed the Pier 9 warehouse. The watchman who raised the alarm says he had warned his managers.',
      publishedAt: '2026-12-03T13:30:00+01:00',
      authors: ['Ben Adair'],
      figure: shell('What is left of the Brightwater warehouse at Pier 9.', 'Harbor Ledger / Ben Adair'),
      body: [
        `The managing director of Brightwater Logistics was charged on Thursday over the blaze that destroyed the company’s warehouse at Pier 9 in the port of Saltmere, a day after the fire service found that its exits had been blocked and its sprinklers switched off.`,
        `The overnight fire on November 19 destroyed the warehouse, which stored furniture, household goods and electronics for retailers, among them a shipment from Brannock worth 3 million crowns. It lit up the harbour, sent a plume of smoke over the Old Town and closed Quay Street for the morning. No one was injured.`,
        `City Prosecutor Marit Solberg said Karl Wessel and the company would stand trial for breaching fire safety law and exposing staff to a risk of death or serious injury. Wessel faces up to three years in prison if convicted; Brightwater, which employs about 120 people at the site, could be fined.`,
        `The fire service’s report, presented by Fire Chief Liv Moberg on Wednesday, found that three fire exits were blocked by stacked pallets on the night of the blaze, and that the sprinkler system had been out of action since early October while a pump was repaired.`,
        `“A building full of furniture and cardboard, with no sprinklers and with exits you cannot open: that is how people die,” Moberg said. “That nobody did that night is down to luck, and to one man doing his rounds.”`,
        `That man was Ivo Stanek, the night watchman who raised the alarm at 3:30 a.m. and ran to wake the drivers sleeping in their cabs. He told the Ledger that he had reported the blocked exits to his managers twice in October. “Both times I was told the pallets would be gone by the end of the week,” he said. “They never were.”`,
        `It is not the first time the building’s exits have been a problem. As the Ledger reported the morning after the blaze, the same warehouse was cited for blocked fire exits in 2025, during a routine inspection by the city. Nor was it the port’s first large fire this year: in April, a blaze damaged a cold-storage building at Pier 4.`,
        `The report found that the blaze started in a charging station for electric forklifts by the loading bays, most likely because of a faulty cable.`,
        `In Brannock, Agnes Holm, who chairs the Idle Valley Furniture Guild, said its members wanted to know that it could not happen again. “We lost a winter’s stock in that warehouse,” she said. “We would like to hear that somebody is responsible for it.”`,
        `A first hearing is set for January 14 at the Saltmere District Court.`,
      ],
    },
  ],
};
