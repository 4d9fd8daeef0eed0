import { allStories } from '../content';
import { outletBySlug } from '../content/outlets';
import { sitePages, type SitePage } from '../content/pages';
import type { Story } from '../content/types';
import { continentalWire } from './continental-wire';
import { aboutPage, frontPage, notFoundPage } from './directory';
import { easternHerald } from './eastern-herald';
import { harborLedger } from './harbor-ledger';
import { kestrelPress } from './kestrel-press';
import { listingFor } from './listings';
import { northernMonitor } from './northern-monitor';
import { ridgeline } from './ridgeline';
import { otherStories, type PageContext } from './shared';
import type { Theme } from './theme';

const THEMES: Record<string, Theme> = {
  'continental-wire': continentalWire,
  'harbor-ledger': harborLedger,
  'eastern-herald': easternHerald,
  'kestrel-press': kestrelPress,
  'northern-monitor': northernMonitor,
  ridgeline,
};

const themeOf = (slug: string): Theme => {
  const theme = THEMES[slug];
  if (!theme) throw new Error(`No template for outlet ${slug}`);
  return theme;
};

const storiesByPath = new Map<string, Story>(allStories.map((s) => [s.path, s]));
const pagesByPath = new Map<string, SitePage>(sitePages.map((p) => [p.path, p]));

export type Routed = { status: 200 | 404; html: string } | { status: 301; location: string };

function renderStory(story: Story, ctx: PageContext): string {
  const view = { story, outlet: outletBySlug(story.outlet), more: otherStories(allStories, story, 5) };
  return themeOf(story.outlet).article(view, ctx).toString();
}

function renderPage(page: SitePage, ctx: PageContext): string {
  if (page.kind === 'front-page') return frontPage(ctx);
  if (page.kind === 'about' || !page.outlet) return aboutPage(ctx);
  return themeOf(page.outlet).listing(listingFor(page, ctx), ctx).toString();
}

const known = (path: string) => storiesByPath.has(path) || pagesByPath.has(path);

/** The page for `ctx.path` (query strings never matter), a redirect to the slash-corrected path, or a 404. */
export function route(ctx: PageContext): Routed {
  const story = storiesByPath.get(ctx.path);
  if (story) return { status: 200, html: renderStory(story, ctx) };
  const page = pagesByPath.get(ctx.path);
  if (page) return { status: 200, html: renderPage(page, ctx) };
  const alternative = ctx.path.endsWith('/') ? ctx.path.slice(0, -1) : `${ctx.path}/`;
  if (alternative && known(alternative)) {
    const query = ctx.query.toString();
    return { status: 301, location: query ? `${alternative}?${query}` : alternative };
  }
  return { status: 404, html: notFoundPage(ctx) };
}
