import type { EventContent, Figure } from './types';

// Event 2: the River Idle floods Brannock. The wire and the metro daily count 12 dead
// (the civil protection agency's figure), the local agency 14 (the mayor's), the blog
// "at least 12" and an angry argument.

const flood = (caption: string, credit: string): Figure => ({
  file: 'brannock-flood.svg',
  alt: 'Houses in Brannock’s lower town half under brown floodwater',
  caption,
  credit,
});

export const brannockFlood: EventContent = {
  id: 'brannock-flood',
  summary: 'The River Idle bursts its banks in Brannock, flooding the lower town overnight.',
  planted: {
    quotes: [
      { speaker: 'Rosa Feld', outlets: ['continental-wire', 'kestrel-press', 'harbor-ledger', 'ridgeline'] },
      { speaker: 'Oskar Brandt', outlets: ['continental-wire', 'harbor-ledger'] },
      { speaker: 'Yusuf Arden', outlets: ['kestrel-press'] },
      { speaker: 'Marit Janssen', outlets: ['continental-wire'] },
      { speaker: 'Emil Sorensen', outlets: ['harbor-ledger'] },
    ],
    uniqueFacts: [
      { outlet: 'kestrel-press', text: 'the Idle reached 6.8 metres at the Mill Street gauge' },
      { outlet: 'harbor-ledger', text: 'the rail line between Saltmere and Brannock will stay closed until at least Friday' },
      { outlet: 'ridgeline', text: 'The study was delivered in March 2023' },
    ],
    omissions: [{ outlet: 'ridgeline', text: 'two people are still missing' }],
    numbers: [
      {
        what: 'death toll',
        values: [
          { outlet: 'continental-wire', value: 'killed 12 people' },
          { outlet: 'harbor-ledger', value: 'killed 12 people' },
          { outlet: 'kestrel-press', value: 'killed 14 people' },
          { outlet: 'ridgeline', value: 'At least 12 people' },
        ],
      },
      {
        what: 'residents evacuated',
        values: [
          { outlet: 'continental-wire', value: '3,000 residents' },
          { outlet: 'kestrel-press', value: '4,500 residents' },
        ],
      },
    ],
    wordChoice: [
      { outlet: 'continental-wire', words: ['killed', 'flooding'] },
      { outlet: 'kestrel-press', words: ['perished', 'disaster'] },
      { outlet: 'ridgeline', words: ['negligence', 'scandal'] },
    ],
  },
  stories: [
    {
      path: '/continental-wire/2026/11/17/floods-kill-12-in-brannock.html',
      outlet: 'continental-wire',
      event: 'brannock-flood',
      section: 'Environment',
      headline: 'Floods kill 12 in Calderran city of Brannock as River Idle bursts its banks',
      standfirst: 'Thousands evacuated from the lower town overnight; two people missing.',
      publishedAt: '2026-11-17T11:20:00Z',
      modifiedAt: '2026-11-17T13:02:00Z',
      authors: ['Jonas Ekdahl'],
      figure: flood('Floodwater fills a street in Brannock’s lower town on Tuesday.', 'Continental Wire / Jonas Ekdahl'),
      body: [
        `BRANNOCK, Calderra (Continental Wire) — Flooding killed 12 people in the Calderran city of Brannock after the River Idle burst its banks overnight, the regional civil protection agency said on Tuesday, and two people are still missing.`,
        `Days of heavy rain in the Idle valley sent the river over the flood wall on the east bank shortly after 2 a.m., pouring water into the lower town, a district of terraced houses, workshops and a covered market. Some 3,000 residents were evacuated before dawn, many of them by boat.`,
        `"The water came faster than any model we had predicted," said Oskar Brandt, director of the Idle Valley Civil Protection Agency. "Our crews were in the lower town within minutes, but some streets were already impassable." He said the dead included four people found in a basement flat on Cooper Lane.`,
        `Mayor Rosa Feld said the city had opened three emergency shelters in schools on higher ground and appealed to residents not to return to their homes until engineers had checked them. "We will count the cost later. Tonight we count people," she said.`,
        `Marit Janssen, 61, who was lifted from her first-floor window by a firefighters' boat, said she had heard no warning siren. "My neighbour knocked on the door. That was the warning," she said. City officials said the sirens had sounded at 1:40 a.m.`,
        `The Idle has flooded parts of Brannock three times in the past decade. A new flood defence scheme for the lower town, approved in 2021, has not yet been built; the regional government has blamed rising construction costs for the delay.`,
        `Forecasters expect the rain to ease by Wednesday but warned that the river would stay high for several days as water drains from the hills upstream. Rail services between Brannock and Saltmere were suspended because of flooding on the line.`,
      ],
    },
    {
      path: '/kestrel-press/a/brannock-flood-death-toll-rises-to-14-k7f3q2',
      outlet: 'kestrel-press',
      event: 'brannock-flood',
      section: 'Brannock',
      headline: 'Brannock flood death toll rises to 14, mayor says',
      standfirst: 'Two more bodies recovered on Tanner Street; the Idle set a new record at the Mill Street gauge.',
      publishedAt: '2026-11-17T16:45:00+01:00',
      authors: ['Lena Okafor', 'Rui Santos'],
      credits: ['Editing by Piet Varga'],
      figure: flood('Rescuers on Tanner Street, Brannock.', 'KPA / Rui Santos'),
      body: [
        `BRANNOCK, Nov 17 (KPA) — The flooding in Brannock’s lower town has killed 14 people, Mayor Rosa Feld said on Tuesday afternoon, after rescuers recovered two more bodies from houses on Tanner Street, and two people are still missing.`,
        `The regional civil protection agency, whose figure of 12 dead was widely reported in the morning, said it would update its own count once the bodies had been formally identified.`,
        `“This is the worst disaster this city has seen in my lifetime,” Feld told KPA at the emergency command post in the Guildhall. “Fourteen of our neighbours perished in a single night. Some of them I knew by name. I want every family to know that we will not stop searching until everyone is accounted for.”`,
        `“I also want to be honest with people,” the mayor said. “The flood wall on the east bank did what it was built to do in 1978. It was not built for this river as it is now. We asked for the new defences five years ago and we are still waiting. That conversation will come, and it will be a hard one, but not today.”`,
        `Feld said about 4,500 residents had left their homes, most of them to stay with relatives, while 600 people spent the night in the three emergency shelters. “Brannock looks after its own,” she said. “The queue of volunteers outside the Guildhall this morning was longer than the queue for help.”`,
        `Data from the regional water authority show that the Idle reached 6.8 metres at the Mill Street gauge at 3:15 a.m. on Tuesday, more than a metre above the previous record, set in 2019.`,
        `At St. Brigid’s Hospital, 23 people were being treated for hypothermia and injuries, three of them in intensive care. “Most of the patients we saw overnight had been in cold water for more than an hour,” said Dr. Yusuf Arden, the hospital’s head of emergency medicine. “The next 48 hours matter for the older ones.”`,
        `Water levels were falling slowly on Tuesday evening. The city has asked residents of the lower town not to drink tap water until further notice.`,
      ],
    },
    {
      path: '/harbor-ledger/region/saltmere-volunteers-head-upriver-as-brannock-counts-its-dead',
      outlet: 'harbor-ledger',
      event: 'brannock-flood',
      section: 'Region',
      headline: 'Saltmere volunteers head upriver as Brannock counts its dead',
      standfirst: 'Vans of blankets and food leave the harbour; the rail line to Brannock stays shut.',
      publishedAt: '2026-11-17T20:30:00+01:00',
      authors: ['Hanna Quist'],
      figure: flood('The lower town of Brannock on Tuesday morning.', 'Harbor Ledger / Hanna Quist'),
      body: [
        `Dozens of Saltmere residents drove up the Idle valley on Tuesday with vans of blankets, food and dry clothes, as Brannock began to count the cost of the worst flood in its modern history. The flooding killed 12 people, according to the regional civil protection agency, and two people are still missing.`,
        `The river poured over the flood wall on the east bank in the early hours of Tuesday, filling the lower town with brown water up to the first floor of some houses. Oskar Brandt, director of the Idle Valley Civil Protection Agency, said rescue crews had reached “every street we could reach” by 5 a.m.`,
        `“We filled the van at eight and were on the road at nine,” said Emil Sorensen, who organised a collection at the Harbourside Rowing Club after seeing pictures of the flooding online. “People in Brannock would do the same for us. When the harbour flooded in 2014, they did.”`,
        `Mayor Rosa Feld thanked the volunteers but asked them to coordinate with the city before travelling. “We are grateful, truly. But please call first. Some roads into the lower town are still closed, and we need them for ambulances,” she said.`,
        `The flood has also cut Saltmere off from its upriver neighbour by rail. Calderran Railways said on Tuesday that the rail line between Saltmere and Brannock will stay closed until at least Friday, after water washed away ballast near Idle Bridge. Replacement buses will run every hour.`,
        `Saltmere businesses that depend on suppliers in the valley were already feeling the disruption. The Harbor Market said deliveries of bread and dairy from Brannock would be delayed for the rest of the week.`,
        `The Saltmere city council will discuss on Thursday whether to send municipal pumps and crews to Brannock. Donations can be made through the Calderran Relief Society.`,
      ],
    },
    {
      path: '/ridgeline/2026/11/brannock-was-warned/',
      outlet: 'ridgeline',
      event: 'brannock-flood',
      section: 'Calderra',
      headline: 'Brannock was warned',
      standfirst: 'The flood wall was known to be inadequate. The money went elsewhere.',
      publishedAt: '2026-11-18T07:40:00+01:00',
      authors: ['Declan Roe'],
      tags: ['Calderra', 'Brannock'],
      figure: flood('Brannock’s lower town under water.', 'Continental Wire'),
      body: [
        `At least 12 people are dead in Brannock, and before the week is out someone in Lorn will stand at a lectern and tell us that nobody could have seen this coming. Do not believe them.`,
        `In 2022 the regional government commissioned a study of the flood defences in the lower town. The study was delivered in March 2023. I have read it. It runs to forty pages, and the conclusion is on page three: the 1978 flood wall on the east bank “cannot be relied upon” in a flood of the size the valley has now seen twice since 2019.`,
        `The new defence scheme was approved in 2021 and has not been built. The official reason is construction costs. The real reason is that the lower town does not vote in large enough numbers to frighten anyone. The scheme was postponed in two budgets running, and each time the money went to projects with better ribbon-cutting opportunities.`,
        `Mayor Rosa Feld, who has been asking for that money for five years, deserves better than the treatment she has had. She said on Tuesday that the old wall “was not built for this river as it is now.” She is right, and she was right in 2021.`,
        `This was not an act of God. It was negligence, the slow, boring, budget-line kind that never makes a headline until it makes all of them. It is a scandal that the people who postponed the scheme will not be the ones bailing out their living rooms this week.`,
        `What should happen now is simple. Publish the 2023 study in full. Name the officials who moved the flood money. Build the wall before the next November, not after the next inquiry.`,
        `In the meantime, if you can give, give. The Calderran Relief Society is collecting in Brannock, and the volunteers driving up from Saltmere need fuel money as much as anything.`,
      ],
    },
  ],
};
