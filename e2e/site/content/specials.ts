import type { Story } from './types';

// Two awkward pages, listed in the manifest after every event with event 'special':
// one whose text a script inserts after load, one that prints its text twice.

export const specialStories: Story[] = [
  {
    path: '/eastern-herald/news/2026-11-21/482950',
    outlet: 'eastern-herald',
    event: 'special',
    printing: 'deferred',
    section: 'Economy',
    headline: 'New Vessgrad–coast railway carries its first passengers',
    standfirst: 'The journey to the port of Merin now takes under three hours.',
    publishedAt: '2026-11-21T12:00:00+02:00',
    authors: ['Anja Lesk'],
    tags: ['Railways', 'Merin'],
    figure: {
      file: 'rail.svg',
      alt: 'A green passenger train crossing a viaduct towards the sea',
      caption: 'The first train crosses the Dorva viaduct.',
      credit: 'State Press Office',
    },
    body: [
      `VESSGRAD — The first passenger train on the new line between Vessgrad and the coast left Central Station at 07:15 on Saturday, cutting the journey to the port city of Merin from six hours to just under three.`,
      `The 240-kilometre line, built over four years, crosses the Dorva hills on eleven viaducts and passes through a tunnel of almost eight kilometres, the longest in the Republic. Construction employed more than 6,000 workers at its peak.`,
      `“For our grandparents the sea was a day’s journey away. For our grandchildren it will be a morning’s trip,” Minister of Transport Ilija Brenner said at a ceremony on the platform before the departure. He thanked the engineers and workers who completed the project “on time and within budget.”`,
      `Passengers on the first train included veterans of the railway service, schoolchildren from Merin who had won an essay competition, and the families of workers who built the line. Many filmed the crossing of the Dorva viaduct, which rises 90 metres above the valley floor.`,
      `## Timetable and fares`,
      `From Monday, eight trains a day will run in each direction, with the first departure from Vessgrad at 05:40 and the last at 21:10. A single ticket costs 24 marks in second class and 41 marks in first class. Pensioners and students travel at half price.`,
      `The Ministry of Transport expects the line to carry 9,000 passengers a day within two years, as well as freight from the port of Merin to factories in the interior. A second track, which will allow faster freight trains, is due to be completed in 2029.`,
      `Residents of towns along the route welcomed the opening. In Dorva, whose new station is the first the town has had since 1958, the mayor declared Saturday a local holiday.`,
    ],
  },
  {
    path: '/harbor-ledger/culture/the-last-crossing-of-the-marguerite',
    outlet: 'harbor-ledger',
    event: 'special',
    printing: 'twice',
    section: 'Culture',
    headline: 'After 61 years, the Marguerite makes her last crossing',
    standfirst: 'Saltmere says goodbye to its oldest ferry, which is off to become a museum.',
    publishedAt: '2026-11-22T09:00:00+01:00',
    authors: ['Hanna Quist'],
    figure: {
      file: 'ferry.svg',
      alt: 'A white ferry with a red funnel leaving Saltmere harbour',
      caption: 'The Marguerite leaves the Quay Street pier on Saturday.',
      credit: 'Harbor Ledger / Ben Adair',
    },
    body: [
      `The Marguerite left the Quay Street pier for the last time on Saturday afternoon, with a full deck, a brass band on the foredeck and, by the captain’s count, more tears than on any crossing in her 61 years of service.`,
      `The old ferry, painted white with a red funnel since the day she was launched in 1965, has carried an estimated 14 million passengers across the harbour to Gull Island and back. From Monday she will be replaced by the Harbour Spirit, an electric ferry built in Saltmere’s own yard.`,
      `“She is slow, she is loud, and she leaks a little in the engine room,” said Captain Elsa Brandvold, who has skippered the Marguerite for the last nineteen years. “I would not swap her for anything afloat. But her time has come, and she has earned her rest.”`,
      `Many of the passengers on Saturday had stories to tell. Arne Holt, 84, said he had proposed to his wife on the upper deck in 1967. “She said yes before we reached the island, which was lucky, because there was nowhere to go,” he said.`,
      `## A museum ship`,
      `The Marguerite will not go to the breakers. The Saltmere Maritime Museum has bought her for one crown and plans to moor her at the old coal wharf, where visitors will be able to walk the decks and see the engine room from next summer.`,
      `“Every city has a few objects that hold its memory,” said museum director Paula Finck. “For Saltmere, the Marguerite is one of them. Half the people in this town have a photo of themselves on that deck.”`,
      `The last crossing ended, as thousands before it had, with a blast of the horn as the ferry came alongside at Gull Island. This time, the crowd on the quay blew back.`,
    ],
  },
];
