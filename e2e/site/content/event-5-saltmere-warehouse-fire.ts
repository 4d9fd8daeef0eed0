import type { EventContent, Figure } from './types';

// Event 5: a warehouse fire in the port of Saltmere, Calderra, on Thursday 19 November.
// Its look-alike is event 6, a warehouse fire in Tessaly, Ostrevia, two days later:
// same kind of story, same week, different city. They must not be merged.

const pier = (caption: string, credit: string): Figure => ({
  file: 'warehouse-saltmere.svg',
  alt: 'Firefighters spray water on a burning warehouse at Pier 9 in Saltmere',
  caption,
  credit,
});

export const saltmereWarehouseFire: EventContent = {
  id: 'saltmere-warehouse-fire',
  summary: 'Fire destroys the Brightwater Logistics warehouse at Pier 9 in the port of Saltmere.',
  planted: {
    quotes: [
      { speaker: 'Liv Moberg', outlets: ['continental-wire', 'harbor-ledger', 'kestrel-press'] },
      { speaker: 'Karl Wessel', outlets: ['harbor-ledger', 'kestrel-press'] },
      { speaker: 'Ivo Stanek', outlets: ['harbor-ledger'] },
      { speaker: 'Agnes Holm', outlets: ['kestrel-press'] },
    ],
    uniqueFacts: [
      { outlet: 'harbor-ledger', text: 'cited for blocked fire exits in 2025' },
      { outlet: 'kestrel-press', text: 'a shipment of Brannock-made furniture worth 3 million crowns' },
    ],
    omissions: [{ outlet: 'kestrel-press', text: 'No one was injured' }],
    numbers: [
      {
        what: 'firefighters at the scene',
        values: [
          { outlet: 'continental-wire', value: 'About 60 firefighters' },
          { outlet: 'harbor-ledger', value: 'More than 80 firefighters' },
        ],
      },
    ],
    wordChoice: [
      { outlet: 'harbor-ledger', words: ['blaze', 'inferno'] },
      { outlet: 'continental-wire', words: ['fire'] },
    ],
  },
  stories: [
    {
      path: '/continental-wire/2026/11/19/fire-destroys-warehouse-in-saltmere-port.html',
      outlet: 'continental-wire',
      event: 'saltmere-warehouse-fire',
      section: 'Cities',
      headline: 'Fire destroys warehouse in Calderran port of Saltmere',
      standfirst: 'Smoke over the harbour and a main road closed; no injuries reported.',
      publishedAt: '2026-11-19T08:05:00Z',
      authors: ['Jonas Ekdahl'],
      figure: pier('Firefighters at Pier 9 in Saltmere early on Thursday.', 'Continental Wire / Jonas Ekdahl'),
      body: [
        `SALTMERE, Calderra (Continental Wire) — A fire destroyed a logistics warehouse in the port of Saltmere early on Thursday, sending smoke across the harbour and closing a main road into the city centre for most of the morning. No one was injured, the fire service said.`,
        `The fire broke out at about 3:30 a.m. in a warehouse at Pier 9 operated by Brightwater Logistics, which stores furniture, household goods and electronics for retailers. About 60 firefighters fought the fire, and part of the roof collapsed shortly after 5 a.m.`,
        `"It was well developed by the time the first crews arrived, so our priority was to stop it spreading to the neighbouring sheds," Fire Chief Liv Moberg said. "In that we succeeded."`,
        `The cause of the fire was not known. Investigators would examine the building once it was safe to enter, Moberg said, adding that there was no indication so far that the fire had been started deliberately.`,
        `Brightwater Logistics said in a statement that all of its night-shift staff had been accounted for and that it was working with customers to establish what had been lost. The company employs about 120 people at the site.`,
        `Quay Street, the ring road that runs along the harbour, was closed to traffic until late morning, causing long queues into the city centre. Ferry services were not affected.`,
        `Plumes of grey smoke drifted over the Old Town during the morning rush hour, and the city advised residents there to keep their windows closed until the air had cleared.`,
        `The port of Saltmere handles about a third of Calderra's container traffic. A spokeswoman for the port authority said operations at the other piers continued normally. It was the second large fire in the port this year; in April a fire damaged a cold-storage building at Pier 4.`,
      ],
    },
    {
      path: '/harbor-ledger/saltmere/pier-9-blaze-brightwater-warehouse-gutted',
      outlet: 'harbor-ledger',
      event: 'saltmere-warehouse-fire',
      section: 'Saltmere',
      headline: 'Pier 9 blaze: Brightwater warehouse gutted in overnight inferno',
      standfirst: 'A night watchman raised the alarm. The same building was cited for blocked fire exits last year.',
      publishedAt: '2026-11-19T12:40:00+01:00',
      authors: ['Ben Adair'],
      figure: pier('The Brightwater Logistics warehouse at Pier 9 at dawn on Thursday.', 'Harbor Ledger / Ben Adair'),
      body: [
        `An overnight blaze gutted a warehouse at Pier 9 on Thursday, lighting up the harbour in orange and sending a plume of smoke over the Old Town that could be seen from the hills above Saltmere. No one was injured.`,
        `More than 80 firefighters were called to the Brightwater Logistics warehouse after the alarm was raised at 3:30 a.m. by a night watchman doing his rounds. By dawn the inferno had brought down most of the roof.`,
        `“I saw light where there should not have been light, at the back of the building by the loading bays,” said Ivo Stanek, the watchman, who has worked at the pier for 14 years. “I called it in and then I ran to wake the drivers sleeping in their cabs. After that it was all noise.”`,
        `Fire Chief Liv Moberg said crews had concentrated on stopping the fire from jumping to the neighbouring sheds, which hold fuel and packaging. “When you have that much furniture and cardboard under one roof, it burns fast and it burns hot,” she said.`,
        `Records seen by the Ledger show that the same warehouse was cited for blocked fire exits in 2025, during a routine inspection by the city. Brightwater said the problem had been fixed within a week.`,
        `“Our first thought is with our people, and I am deeply relieved that everyone is safe,” said Karl Wessel, managing director of Brightwater Logistics. “We will cooperate fully with the fire service and with the inspectors.”`,
        `Quay Street reopened shortly before noon. The city asked residents of the Old Town to keep their windows closed until the smoke had cleared.`,
      ],
    },
    {
      path: '/kestrel-press/a/brannock-furniture-makers-count-losses-after-saltmere-fire-q9r4t7',
      outlet: 'kestrel-press',
      event: 'saltmere-warehouse-fire',
      section: 'Idle Valley',
      headline: 'Brannock furniture makers count losses after Saltmere warehouse fire',
      standfirst: 'Stock bound for export burned at Pier 9, days after the flood hit the same workshops.',
      publishedAt: '2026-11-19T15:20:00+01:00',
      authors: ['Rui Santos'],
      credits: ['Editing by Piet Varga'],
      figure: pier('The burnt-out warehouse at Pier 9, Saltmere.', 'KPA / Rui Santos'),
      body: [
        `BRANNOCK, Nov 19 (KPA) — Furniture makers in the Idle valley, still clearing mud from this week’s flood, learned on Thursday that a large part of their winter stock had burned in a warehouse fire in the port of Saltmere.`,
        `The Brightwater Logistics warehouse at Pier 9, destroyed in a fire early on Thursday, held a shipment of Brannock-made furniture worth 3 million crowns that was due to be loaded onto ships for export next week, according to the Idle Valley Furniture Guild.`,
        `“First the river, now this,” said Agnes Holm, who chairs the guild and runs a workshop employing 30 people in Brannock. “Some of our members have lost their workshops to the water and their finished stock to the fire in the same week. For a small firm, that is the whole year.”`,
        `Saltmere Fire Chief Liv Moberg said the fire had started at about 3:30 a.m. and that the building was largely destroyed. “We stopped it at the walls of the next shed, and that was the night’s success,” she said. The cause is under investigation.`,
        `Karl Wessel, managing director of Brightwater Logistics, told KPA that the goods in the warehouse were insured and that the company would contact every customer by Friday. “We know many of them are having a terrible week already,” he said.`,
        `The guild said it would ask the regional government to extend flood relief to businesses that lost stock in the fire, arguing that for many firms the two losses could not be separated.`,
        `Holm said the guild’s members had shipped about 40 percent of their annual output through Pier 9 in the past year. Buyers in Aubrecht and the island states have already been told that winter orders will arrive late.`,
        `Brightwater handles most of the valley’s furniture exports through Saltmere. The company said it would move its operations temporarily to a warehouse at Pier 12.`,
      ],
    },
  ],
};
