import type { EventContent, Figure } from './types';

// Event 6: a warehouse fire in Tessaly, Ostrevia, overnight into Saturday 21 November,
// the look-alike of event 5. State media praises heroic firefighters and hints at
// sabotage; the translated regional paper says the army was storing kit there.

const foundry = (caption: string, credit: string): Figure => ({
  file: 'warehouse-tessaly.svg',
  alt: 'The burnt-out roof of a brick warehouse on Foundry Road in Tessaly',
  caption,
  credit,
});

export const tessalyWarehouseFire: EventContent = {
  id: 'tessaly-warehouse-fire',
  summary: 'Fire destroys a Tessaly Furniture Combine warehouse on Foundry Road in Tessaly, Ostrevia.',
  planted: {
    quotes: [
      { speaker: 'Goran Lisac', outlets: ['eastern-herald', 'continental-wire', 'northern-monitor'] },
      { speaker: 'Vesna Orlic', outlets: ['eastern-herald'] },
      { speaker: 'Mirko Dal', outlets: ['eastern-herald'] },
      { speaker: 'Dragan Peric', outlets: ['northern-monitor'] },
    ],
    uniqueFacts: [{ outlet: 'northern-monitor', text: 'leased by the Eastern District command since September' }],
    omissions: [{ outlet: 'eastern-herald', text: 'no working sprinkler system' }],
    numbers: [
      {
        what: 'firefighters hurt',
        values: [
          { outlet: 'eastern-herald', value: 'One firefighter' },
          { outlet: 'continental-wire', value: 'Two firefighters' },
          { outlet: 'northern-monitor', value: 'two firefighters' },
        ],
      },
      {
        what: 'time to bring the fire under control',
        values: [
          { outlet: 'eastern-herald', value: 'within three hours' },
          { outlet: 'continental-wire', value: 'about five hours' },
        ],
      },
    ],
    wordChoice: [
      { outlet: 'eastern-herald', words: ['heroic', 'deliberate sabotage'] },
      { outlet: 'continental-wire', words: ['fire', 'said'] },
      { outlet: 'northern-monitor', words: ['military', 'army'] },
    ],
  },
  stories: [
    {
      path: '/continental-wire/2026/11/21/fire-destroys-warehouse-in-tessaly.html',
      outlet: 'continental-wire',
      event: 'tessaly-warehouse-fire',
      section: 'World',
      headline: 'Fire destroys warehouse in Ostrevian city of Tessaly',
      standfirst: 'Two firefighters treated for smoke inhalation; officials do not rule out sabotage.',
      publishedAt: '2026-11-21T10:50:00Z',
      authors: ['Nadia Voss'],
      figure: foundry('The warehouse on Foundry Road in Tessaly on Saturday morning.', 'Continental Wire / Nadia Voss'),
      body: [
        `TESSALY, Ostrevia (Continental Wire) — A fire destroyed a warehouse in the Ostrevian city of Tessaly overnight into Saturday, the city's fire service said. Two firefighters were treated for smoke inhalation.`,
        `The fire broke out shortly before midnight in a warehouse on Foundry Road belonging to the Tessaly Furniture Combine, a state-owned manufacturer. Crews brought it under control after about five hours, and the roof of the building collapsed during the night.`,
        `"The building was full of timber and upholstery, and it had no working sprinkler system. Once it caught, there was little we could do for the warehouse itself," said Major Goran Lisac, a fire service spokesman. He said the crews' priority had been to protect the surrounding factories.`,
        `Residents of nearby streets said they were woken by loud bangs, which firefighters attributed to gas cylinders stored in the building. "It sounded like fireworks, and then the whole sky went orange," said one man who lives on Foundry Road and declined to give his name.`,
        `Local television showed firefighters spraying water from ladder trucks onto the collapsed roof on Saturday morning, with smoke still rising from the rubble. Foundry Road was closed to traffic, and residents of two nearby apartment blocks were told to keep their windows shut.`,
        `Fire investigators were expected to enter the building on Sunday, once the structure had been declared safe.`,
        `Regional officials said investigators were looking into all possible causes, including sabotage, but gave no details. Ostrevian officials have in recent months blamed several industrial accidents on unnamed saboteurs without presenting evidence.`,
        `Tessaly, a city of about 180,000 people, lies some 40 km from the Kessel border crossing, which Calderra and Ostrevia agreed this week to reopen.`,
        `The Combine employs about 850 people. A spokesman said production at its main factory would not be affected.`,
      ],
    },
    {
      path: '/eastern-herald/news/2026-11-21/482604',
      outlet: 'eastern-herald',
      event: 'tessaly-warehouse-fire',
      section: 'Regions',
      headline: 'Firefighters’ heroic effort saves Tessaly industrial district',
      standfirst: 'The fire at a Tessaly Furniture Combine warehouse was extinguished before it could spread.',
      publishedAt: '2026-11-21T18:20:00+02:00',
      authors: ['Marta Solk'],
      tags: ['Tessaly', 'Emergency services'],
      figure: foundry('Firefighters on Foundry Road, Tessaly.', 'State Press Office'),
      body: [
        `TESSALY — Firefighters in Tessaly fought through the night from Friday to Saturday to save the city’s Foundry Road industrial district after a fire broke out in a warehouse belonging to the Tessaly Furniture Combine.`,
        `Thanks to the heroic efforts of more than a hundred firefighters, the fire was prevented from spreading to neighbouring factories and homes. One firefighter was slightly injured and has already been discharged from hospital.`,
        `“My people worked without rest in very difficult conditions,” said Major Goran Lisac, spokesman of the Tessaly fire service. “The fire was extinguished within three hours of our arrival. No resident was in danger at any time.”`,
        `Regional Governor Vesna Orlic visited the site on Saturday morning and thanked the firefighters personally. “Tessaly can be proud of these men and women,” she said. “The Combine will receive every support it needs to restore its operations quickly.”`,
        `Residents of Foundry Road praised the speed of the response. “They were here within minutes, and they did not leave until it was over,” said Mirko Dal, who brought tea to the crews in the early hours.`,
        `The Ministry of Emergency Situations said the Tessaly fire service would receive two new ladder trucks next year as part of a national programme to modernise equipment.`,
        `Investigators are examining all possible causes, including deliberate sabotage. The governor noted that the fire had occurred at a time of heightened tension in the border region and called on residents to report any suspicious activity to the police.`,
        `The Tessaly Furniture Combine employs 850 people and supplies furniture to schools and hospitals across the Republic. Its production halls were not affected by the fire.`,
        `Governor Orlic announced that the regional administration would award medals to the firefighters who led the operation, at a ceremony to be held in Tessaly next week.`,
      ],
    },
    {
      path: '/northern-monitor/translations/2026-11-22/tessaly-courier-burnt-warehouse-army-winter-kit',
      outlet: 'northern-monitor',
      event: 'tessaly-warehouse-fire',
      section: 'Security',
      headline: 'Tessaly Courier: the burnt warehouse was storing army winter kit',
      standfirst: 'Documents seen by the regional paper show a military tenant nobody mentioned on Saturday.',
      publishedAt: '2026-11-22T09:30:00+01:00',
      authors: ['Dusan Morev'],
      translatedFrom: {
        publication: 'Tessaly Courier',
        language: 'Ostrevian',
        headline: 'Skladišt na Foundry Road hranil zimsko opremo vojsk',
        translator: 'Clara Wendt',
      },
      figure: foundry('The warehouse on Foundry Road after the fire.', 'Tessaly Courier'),
      body: [
        `The warehouse on Foundry Road that burned down overnight on Friday was not only storing chairs and tables. According to documents seen by the Courier, the building had been leased by the Eastern District command since September to store winter equipment for military units deployed near the border.`,
        `Neither the fire service nor the regional administration mentioned the military tenant in their statements on Saturday. The Tessaly Furniture Combine, which owns the building, declined to comment. The Eastern District command did not answer questions.`,
        `Dragan Peric, who has worked as a forklift driver at the Combine for eleven years, said army lorries had been arriving at the warehouse at night since the autumn. “We were told not to go into the back half of the building. Everyone knew why,” he said.`,
        `Fire service spokesman Major Goran Lisac confirmed that the building had no working sprinkler system and that two firefighters had been treated for smoke inhalation. Asked about the contents of the warehouse, he said: “We fight fires. We do not take inventories.”`,
        `Regional Governor Vesna Orlic suggested on Saturday that the fire may have been sabotage, a claim officials have made after several industrial fires this year without making any evidence public. If army equipment was stored in the building, the Courier notes, the question of sabotage takes on a different weight.`,
        `The fire comes days after the talks in Lorn, where the two sides did not agree to pull troops back from the border. Residents of Tessaly say the military presence in the city has grown steadily since the summer.`,
        `The Combine said on Saturday that its furniture production would continue as normal.`,
      ],
    },
  ],
};
