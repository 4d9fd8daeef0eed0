import type { DemoArticle, DemoEvent, DemoOutlet } from '../manifest';

/** An outlet as the pages present it: the manifest fields plus what its masthead and footer say. */
export interface OutletProfile extends DemoOutlet {
  tagline: string;
  /** Where it is based, for the directory and the footer. */
  base: string;
  /** One line for the directory page. */
  blurb: string;
}

/** A photo (an SVG drawing from assets/img) with its caption and credit. */
export interface Figure {
  file: string;
  alt: string;
  caption: string;
  credit: string;
}

/** One article page: the manifest entry plus everything its template prints. */
export interface Story extends DemoArticle {
  section: string;
  /** Standfirst / dek: one short sentence, also the meta description and the teaser text. */
  standfirst: string;
  modifiedAt?: string;
  figure: Figure;
  /** The article text, paragraph by paragraph; a string starting with "## " is a subheading. */
  body: string[];
  tags?: string[];
  /** Extra credit lines under the byline ("Editing by …", "Translated by …"). */
  credits?: string[];
  /** For translated reports: the original the text was translated from. */
  translatedFrom?: { publication: string; language: string; headline: string; translator: string };
  /** Special pages: text inserted by a script after load, or the body printed twice. */
  printing?: 'deferred' | 'twice';
}

/** An event with its coverage and the framing differences written into it on purpose. */
export interface EventContent {
  id: string;
  summary: string;
  planted: DemoEvent['planted'];
  stories: Story[];
}

/** A home-page teaser: headline, one short line, link. */
export interface Teaser {
  headline: string;
  standfirst: string;
  path: string;
  section: string;
  /** ISO 8601 with zone; each outlet prints it in its own style. */
  publishedAt?: string;
}
