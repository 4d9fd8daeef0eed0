import type { ExtractedArticle } from '../extract';

/** The extracted fields a row keeps as they are. (Not the display HTML: the paragraphs are the text.) */
export const KEPT_FIELDS = [
  'canonicalUrl',
  'title',
  'outlet',
  'authors',
  'publishedAt',
  'modifiedAt',
  'lang',
  'section',
  'excerpt',
  'imageUrl',
  'paywall',
  'paragraphs',
  'wordCount',
] as const satisfies readonly (keyof ExtractedArticle)[];

/** One row per canonical URL: reading the same article again updates it. */
export interface StoredArticle extends Pick<ExtractedArticle, (typeof KEPT_FIELDS)[number]> {
  id?: number;
  /** Every address the article was read at, tracking parameters removed. */
  urls: string[];
  /** How long extraction took in the page, in ms. */
  extractMs: number;
  /** Epoch ms of the first and the latest read. */
  firstReadAt: number;
  readAt: number;
  readCount: number;
}

/** What lists and the popup show: the row without its text. */
export type ArticleSummary = Omit<StoredArticle, 'paragraphs' | 'urls'> & { id: number };
