import type { SitePage } from '../content/pages';
import type { OutletProfile, Story, Teaser } from '../content/types';
import type { PageContext, SafeHtml } from './shared';

/** A non-article page in an outlet's look: home page, section, tag, search or video page. */
export interface Listing {
  page: SitePage;
  outlet: OutletProfile;
  heading: string;
  teasers: Teaser[];
  /** Search pages: the query the results are for. */
  query?: string;
  /** Video pages: the player placeholder and its two-line caption. */
  video?: { poster: string; title: string; caption: string; duration: string };
}

/** An article page with what its rails show. */
export interface ArticleView {
  story: Story;
  outlet: OutletProfile;
  /** Other stories from the same outlet, for "Most read" / "Related" rails. */
  more: Story[];
}

/** One outlet's templates. Each outlet has its own markup and class names, as real sites do. */
export interface Theme {
  article(view: ArticleView, ctx: PageContext): SafeHtml;
  listing(listing: Listing, ctx: PageContext): SafeHtml;
}
