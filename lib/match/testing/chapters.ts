import type { MatchInput } from '../doc';

/**
 * Three chapters of one made-up story, for tests of follow-ups: a shooting, another
 * outlet's report of it the next day, and a third outlet's report of the charge three
 * weeks later, which names the same victim, suspect and street.
 */
const shooting = {
  title: 'Two wounded in shooting outside Larkfield Avenue diner',
  paragraphs: [
    'Two men were wounded late on Friday when a gunman opened fire outside the Blue Kettle diner on Larkfield Avenue, police said.',
    'Officers found Darnell Whitcombe, 34, and a second man with gunshot wounds shortly after 11 p.m. Both were taken to Mercy General Hospital, where Whitcombe was in critical condition.',
    'Police Chief Renata Ostrowski said investigators were looking for a man seen running toward the rail yard. "We believe this was not random," she said.',
    'Neighbours said the diner had been open for nearly 40 years.',
  ],
};

const nextDay = {
  title: 'Police seek gunman after Larkfield Avenue shooting leaves two hurt',
  paragraphs: [
    'Police are searching for a gunman who shot two men outside the Blue Kettle diner on Larkfield Avenue on Friday night.',
    'Darnell Whitcombe, 34, remained in critical condition at Mercy General Hospital on Saturday, Chief Renata Ostrowski said.',
    'Witnesses told officers they saw a man in a grey jacket run toward the rail yard after the shots.',
  ],
};

const charged = {
  title: 'Man charged over Larkfield Avenue diner shooting that wounded two',
  paragraphs: [
    'A 27-year-old man was charged on Monday with two counts of attempted murder over the March 6 shooting outside the Blue Kettle diner on Larkfield Avenue, in which two men were wounded.',
    'Corwin Haskell was arrested at a relative’s home after a three-week search, Police Chief Renata Ostrowski said. Investigators believe the gunman fled toward the rail yard after the shooting.',
    'Darnell Whitcombe, 34, who was shot twice, has left Mercy General Hospital and is recovering at home, his family said.',
  ],
};

const day = (iso: string) => `${iso}T09:00:00Z`;

/** The three chapters as saved articles of three outlets; `publishedAt` of the charge is three weeks after the shooting. */
export function chapters(): { shooting: MatchInput; nextDay: MatchInput; charged: MatchInput } {
  return {
    shooting: { id: 1, outlet: 'Riverside Courier', ...shooting, publishedAt: day('2026-03-07'), lang: 'en' },
    nextDay: { id: 2, outlet: 'Metro Daily', ...nextDay, publishedAt: day('2026-03-08'), lang: 'en' },
    charged: { id: 3, outlet: 'Channel 9 News', ...charged, publishedAt: day('2026-03-30'), lang: 'en' },
  };
}
