import { allStories } from '../content';
import { outletBySlug } from '../content/outlets';
import type { SitePage } from '../content/pages';
import { fillerTeasers } from '../content/teasers';
import type { Story, Teaser } from '../content/types';
import { tracked, type PageContext } from './shared';
import type { Listing } from './theme';

// What the non-article pages in an outlet's look list: the outlet's own stories as
// teasers, plus filler teasers, filtered by section, tag or search words.

export const DEFAULT_SEARCH = 'fire';

const newestFirst = (a: { publishedAt?: string }, b: { publishedAt?: string }) =>
  Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? '');

const storyTeaser = ({ headline, standfirst, path, section, publishedAt }: Story): Teaser => ({
  headline,
  standfirst,
  path,
  section,
  publishedAt,
});

const storiesOf = (slug: string): Story[] => allStories.filter((s) => s.outlet === slug).sort(newestFirst);

/** The outlet's stories and its fillers as one feed, newest first when every teaser has a date. */
function feed(slug: string): Teaser[] {
  const all = [...storiesOf(slug).map(storyTeaser), ...(fillerTeasers[slug] ?? [])];
  return all.every((t) => t.publishedAt) ? all.sort(newestFirst) : all;
}

/** Every second teaser link carries campaign parameters, as home pages' own links often do. */
function withTracking(teasers: Teaser[], medium: string): Teaser[] {
  return teasers.map((t, i) => (i % 2 === 0 ? { ...t, path: tracked(t.path, medium, i + 1) } : t));
}

function matchesAllWords(query: string): (t: Teaser) => boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (t) => words.every((w) => `${t.headline} ${t.standfirst}`.toLowerCase().includes(w));
}

export function listingFor(page: SitePage, ctx: PageContext): Listing {
  const slug = page.outlet!;
  const base = { page, outlet: outletBySlug(slug), heading: page.title };
  switch (page.kind) {
    case 'section-front':
      return {
        ...base,
        teasers: withTracking(
          feed(slug).filter((t) => t.section === page.title),
          'section',
        ),
      };
    case 'tag-page': {
      const tagged = storiesOf(slug).filter((s) => s.tags?.includes(page.title));
      const fillers = (fillerTeasers[slug] ?? []).filter((t) => t.section === page.title);
      return { ...base, teasers: [...tagged.map(storyTeaser), ...fillers] };
    }
    case 'search-results': {
      const query = ctx.query.get('q')?.trim() || DEFAULT_SEARCH;
      return { ...base, query, teasers: feed(slug).filter(matchesAllWords(query)) };
    }
    case 'video-only':
      return {
        ...base,
        teasers: storiesOf(slug).slice(0, 5).map(storyTeaser),
        ...(page.video && { video: { ...page.video, title: page.title } }),
      };
    default:
      return { ...base, teasers: withTracking(feed(slug), 'teaser') };
  }
}
