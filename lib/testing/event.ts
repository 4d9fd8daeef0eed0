import type { CoverageEntry } from '../coverage/types';
import type { FramingArticle } from '../framing';
import type { ArticleSummary } from '../store';
import { summaryOf } from './summaries';

const texts: [string, string, string][] = [
  [
    'Continental Wire',
    'Foreign ministers meet in Lorn for border talks',
    'The foreign ministers of both countries met in Lorn on Monday for talks on the border.\n\nThe talks lasted four hours. No deal on troops was reached.',
  ],
  [
    'Kestrel Daily',
    'Troops mass at border as ministers talk',
    'Ministers met in Lorn on Monday.\n\nMeanwhile 4,000 troops gathered near the border, officials said.',
  ],
  [
    'The Eastern Herald',
    'Kovin brings open hands to Lorn',
    'Foreign Minister Kovin arrived in Lorn with open hands for the border talks on Monday.\n\nThe talks lasted more than five hours.',
  ],
  ['Ridgeline', 'The absurd theatre of the Lorn talks', 'Nobody in Lorn expected much from the border talks, and nobody got much.'],
  [
    'Northern Monitor',
    'Kessel opens, soldiers stay',
    'The Kessel crossing will open, but 14,000 troops stay near the border in Lorn province.',
  ],
];

/** One event's stored texts and the store's summaries of them: ids 1…n, in this order. */
export function demoEvent(count = 3): { event: FramingArticle[]; summaries: ArticleSummary[] } {
  const picked = texts.slice(0, count);
  const event = picked.map(([outlet, title, text], i) => ({
    id: String(i + 1),
    outlet,
    title,
    url: `https://${i + 1}.example/a.html`,
    publishedAt: '2026-11-18T08:00:00.000Z',
    text,
  }));
  const summaries = event.map((a) => summaryOf({ id: Number(a.id), outlet: a.outlet, title: a.title, canonicalUrl: a.url }));
  return { event, summaries };
}

/** The coverage of `summaries[0]`: every other article, as direct matches. */
export function coverageOfFirst(summaries: ArticleSummary[]): CoverageEntry[] {
  return summaries.slice(1).map((article) => ({
    item: { articleId: article.id, outlet: article.outlet.toLowerCase(), score: 0.97, syndicated: false, evidence: null },
    article,
  }));
}
