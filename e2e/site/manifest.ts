// What the demo site contains, for the tests. The server renders from the same
// data (content/), so this list and the pages cannot drift apart.
import { allStories, eventContents } from './content';
import { outletProfiles } from './content/outlets';
import { sitePages } from './content/pages';

export interface DemoOutlet {
  slug: string;
  name: string;
  kind: 'wire' | 'daily' | 'state-media' | 'agency' | 'translated' | 'blog';
  homePath: string;
}

export interface DemoArticle {
  path: string;
  /** Outlet slug. */
  outlet: string;
  /** Event id, or 'special' for the two awkward pages at the end of the list. */
  event: string;
  headline: string;
  /** ISO 8601 with zone. */
  publishedAt: string;
  authors: string[];
  /** Path of the article it reprints. */
  wireCopyOf?: string;
  /** The special pages: text inserted by a script after load, or the body printed twice. */
  printing?: 'deferred' | 'twice';
}

export interface DemoEvent {
  id: string;
  summary: string;
  /** Paths. */
  articles: string[];
  planted: {
    quotes: { speaker: string; outlets: string[] }[];
    uniqueFacts: { outlet: string; text: string }[];
    omissions: { outlet: string; text: string }[];
    numbers: { what: string; values: { outlet: string; value: string }[] }[];
    wordChoice: { outlet: string; words: string[] }[];
  };
}

export interface DemoNonArticle {
  path: string;
  kind: 'front-page' | 'outlet-home' | 'section-front' | 'tag-page' | 'search-results' | 'video-only' | 'about';
}

/** The wire agency is first. */
export const outlets: DemoOutlet[] = outletProfiles.map(({ slug, name, kind, homePath }) => ({ slug, name, kind, homePath }));

/** Event by event, the wire agency's report of event 1 first; the two special pages last. */
export const articles: DemoArticle[] = allStories.map(({ path, outlet, event, headline, publishedAt, authors, wireCopyOf, printing }) => ({
  path,
  outlet,
  event,
  headline,
  publishedAt,
  authors,
  ...(wireCopyOf && { wireCopyOf }),
  ...(printing && { printing }),
}));

export const events: DemoEvent[] = eventContents.map(({ id, summary, planted, stories }) => ({
  id,
  summary,
  articles: stories.map((s) => s.path),
  planted,
}));

export const nonArticles: DemoNonArticle[] = sitePages.map(({ path, kind }) => ({ path, kind }));
