import type { EventContent, Figure } from './types';

// Event 4: a fire at a state-owned chemical plant in Dravik, Ostrevia. State media calls
// it a minor incident with no evacuation; the translated regional paper counts 2,000
// people evacuated; the wire sits between, and alone quotes the environmental group.

const plant = (caption: string, credit: string): Figure => ({
  file: 'dravik-plant.svg',
  alt: 'Dark smoke rises from the Dravik Polymer Works',
  caption,
  credit,
});

export const dravikPlantFire: EventContent = {
  id: 'dravik-plant-fire',
  summary: 'Fire breaks out at the state-owned Dravik Polymer Works chemical plant in Ostrevia.',
  planted: {
    quotes: [
      { speaker: 'Milena Horvat', outlets: ['eastern-herald', 'northern-monitor', 'continental-wire'] },
      { speaker: 'Roman Sevic', outlets: ['eastern-herald'] },
      { speaker: 'Anton Belic', outlets: ['continental-wire'] },
      { speaker: 'Lev Marin', outlets: ['northern-monitor'] },
    ],
    uniqueFacts: [
      { outlet: 'northern-monitor', text: 'the plant’s own fire brigade was disbanded in 2024' },
      { outlet: 'eastern-herald', text: 'production will resume on Monday' },
    ],
    omissions: [{ outlet: 'eastern-herald', text: 'fined twice since 2023' }],
    numbers: [
      {
        what: 'residents evacuated',
        values: [
          { outlet: 'eastern-herald', value: 'No evacuation was necessary' },
          { outlet: 'continental-wire', value: 'several hundred residents' },
          { outlet: 'northern-monitor', value: 'about 2,000 residents' },
        ],
      },
      {
        what: 'workers hurt',
        values: [
          { outlet: 'eastern-herald', value: 'two workers' },
          { outlet: 'continental-wire', value: 'Three workers' },
          { outlet: 'northern-monitor', value: 'five workers' },
        ],
      },
    ],
    wordChoice: [
      { outlet: 'eastern-herald', words: ['incident', 'so-called'] },
      { outlet: 'continental-wire', words: ['fire', 'said'] },
      { outlet: 'northern-monitor', words: ['toxic'] },
    ],
  },
  stories: [
    {
      path: '/eastern-herald/news/2026-11-20/482311',
      outlet: 'eastern-herald',
      event: 'dravik-plant-fire',
      section: 'Regions',
      headline: 'Incident at Dravik Polymer Works swiftly brought under control',
      standfirst: 'Emergency services acted quickly. There is no threat to the health of residents.',
      publishedAt: '2026-11-20T19:10:00+02:00',
      authors: ['Pavel Drozd'],
      tags: ['Dravik', 'Industry'],
      figure: plant('Emergency services at the Dravik Polymer Works.', 'State Press Office'),
      body: [
        `DRAVIK — A fire that broke out on Friday afternoon in a storage hall at the Dravik Polymer Works was swiftly brought under control by the plant’s emergency teams and the city fire service, the Ministry of Industry announced. There is no threat to the health of the city’s residents.`,
        `The incident began at around 14:00 in a hall used to store packaging materials. Within two hours the fire had been contained, and by early evening it had been fully extinguished. Two workers were slightly injured and received treatment on site; the two workers have since returned home.`,
        `“Our people acted exactly as they have been trained to act,” said Milena Horvat, director of the Dravik Polymer Works. “The hall was isolated, the production lines were shut down safely, and the fire never came near the reactors. I want to thank every member of the emergency team.”`,
        `Deputy Minister of Industry Roman Sevic, who travelled to Dravik on Friday evening, said measurements taken around the plant showed no dangerous substances in the air. “The readings are normal. No evacuation was necessary, and none was carried out,” he said. “Residents can go about their weekend as usual.”`,
        `The deputy minister said a commission would establish the cause of the incident and that production will resume on Monday after safety checks. He praised the “calm and professional” work of the fire service.`,
        `Some so-called ecologists claimed on social networks on Friday that toxic smoke had spread across the city. The ministry described these reports as irresponsible. “Spreading panic is not a form of environmental protection,” Sevic said.`,
        `Residents interviewed by the Herald on Friday evening expressed confidence in the plant’s management. “We have lived next to the Works all our lives. Our parents worked there, and so do our children,” said a pensioner on Chemists’ Street.`,
        `The Dravik Polymer Works, founded in 1961, is one of the largest employers in the region, with more than 3,000 workers. Its products are exported to eleven countries.`,
      ],
    },
    {
      path: '/northern-monitor/translations/2026-11-21/dravik-vestnik-residents-evacuated-told-nothing',
      outlet: 'northern-monitor',
      event: 'dravik-plant-fire',
      section: 'Regions',
      headline: 'Dravik paper: thousands evacuated after plant fire, and nobody explained why',
      standfirst: 'Residents of the Riverside estate spent the night in a sports hall while officials said all was well.',
      publishedAt: '2026-11-21T09:40:00+01:00',
      authors: ['Irena Kasko'],
      translatedFrom: {
        publication: 'Dravik Vestnik',
        language: 'Ostrevian',
        headline: 'Riversajd v dvorani, ministerstvo molči',
        translator: 'Clara Wendt',
      },
      figure: plant('Smoke over Dravik on Friday afternoon.', 'Dravik Vestnik reader photo'),
      body: [
        `By the time the Ministry of Industry announced on Friday evening that there had been no evacuation in Dravik, about 2,000 residents of the Riverside estate had already been taken by bus to the municipal sports hall, where many of them spent the night on gym mats.`,
        `The fire at the Dravik Polymer Works started in the early afternoon and sent a column of black smoke over the eastern half of the city. Residents of Riverside, the estate closest to the plant, told the Vestnik that police went from door to door shortly after 15:00 telling people to leave. “They said it was a precaution. Nobody said a precaution against what,” said a retired teacher who spent the night in the hall.`,
        `Dr. Lev Marin, who runs the health centre on Riverside, said he had seen more than 40 people with headaches, sore throats and stinging eyes by Friday evening. “I am not in a position to say what they breathed in. I can say that it was not nothing,” he said. “People were told the air was normal. My waiting room did not agree.”`,
        `Plant director Milena Horvat told a short press conference that the fire had been confined to a storage hall and that five workers had been treated for smoke inhalation. She did not answer questions about what the hall contained. The Vestnik has learned that the plant’s own fire brigade was disbanded in 2024 as part of a cost-cutting programme, leaving the city fire service to respond alone.`,
        `The Dravik Polymer Works has been fined twice since 2023 by the regional environmental inspectorate, once for releasing toxic solvent vapour and once for storing chemicals in an unlicensed warehouse. Both fines were small, and neither was reported by national media.`,
        `Residents were allowed to return home on Saturday morning. Several said they had been told to keep their windows closed for two more days, advice that appears in no official statement.`,
      ],
    },
    {
      path: '/continental-wire/2026/11/20/fire-at-ostrevian-chemical-plant-in-dravik.html',
      outlet: 'continental-wire',
      event: 'dravik-plant-fire',
      section: 'World',
      headline: 'Fire at state chemical plant in Ostrevia’s Dravik; nearby residents moved out',
      standfirst: 'Authorities say there is no risk to health; an environmental group wants independent air tests.',
      publishedAt: '2026-11-20T16:30:00Z',
      modifiedAt: '2026-11-20T19:45:00Z',
      authors: ['Nadia Voss'],
      figure: plant('Smoke rises from the Dravik Polymer Works on Friday.', 'Continental Wire / Nadia Voss'),
      body: [
        `DRAVIK, Ostrevia (Continental Wire) — A fire broke out on Friday at a state-owned chemical plant in the Ostrevian city of Dravik, sending thick smoke over nearby neighbourhoods. Local officials said several hundred residents living closest to the plant were moved out as a precaution.`,
        `The fire started in a storage hall at the Dravik Polymer Works in the early afternoon and was put out by evening, the plant's management said. Three workers were taken to hospital with smoke inhalation, a city fire service spokesman said; none was seriously hurt.`,
        `"The fire was confined to a single storage building and never reached the production area," plant director Milena Horvat said. She said the company would cooperate fully with investigators.`,
        `The Ministry of Industry in Vessgrad said air measurements around the plant showed no hazardous substances and that there was no risk to public health. It did not publish the readings.`,
        `Residents reached by telephone described a strong chemical smell in the eastern part of the city during the afternoon. Local media reported that people living near the plant had been taken to a sports hall for the night; officials did not confirm how many.`,
        `Ostrevian state media described the fire as a minor incident that had been swiftly brought under control.`,
        `Anton Belic of the environmental group Green Ostrevia said the group wanted independent tests of air and soil around the site. "The plant has been fined twice since 2023 for environmental violations. Residents have every reason to want someone other than the owner to check," he said.`,
        `The Dravik Polymer Works employs more than 3,000 people and makes plastics and synthetic resins, mainly for export. The state owns the plant through a holding company controlled by the Ministry of Industry.`,
        `It was not immediately clear what had caused the fire or what materials were stored in the hall where it started.`,
      ],
    },
  ],
};
