import type { DemoNonArticle } from '../manifest';
import { outletProfiles } from './outlets';

/** A page that is not an article: the directory, outlet home pages and the other listing-like pages. */
export interface SitePage {
  path: string;
  kind: DemoNonArticle['kind'];
  /** The outlet whose look the page wears; none for the site-level pages. */
  outlet?: string;
  title: string;
  /** Video pages: the poster (assets/img), the one-line caption under the player, the running time. */
  video?: { poster: string; caption: string; duration: string };
}

export const sitePages: SitePage[] = [
  { path: '/', kind: 'front-page', title: 'Parallax demo news' },
  ...outletProfiles.map((o): SitePage => ({ path: o.homePath, kind: 'outlet-home', outlet: o.slug, title: o.name })),
  { path: '/harbor-ledger/world/', kind: 'section-front', outlet: 'harbor-ledger', title: 'World' },
  { path: '/ridgeline/tag/ostrevia/', kind: 'tag-page', outlet: 'ridgeline', title: 'Ostrevia' },
  { path: '/continental-wire/search', kind: 'search-results', outlet: 'continental-wire', title: 'Search' },
  {
    path: '/kestrel-press/video/idle-floodwaters-from-the-air',
    kind: 'video-only',
    outlet: 'kestrel-press',
    title: 'Idle floodwaters from the air',
  },
  { path: '/about/', kind: 'about', title: 'About this demo' },
];
