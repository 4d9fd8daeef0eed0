/** One row per canonical URL: reading the same article again updates it. (The display HTML is not kept: the paragraphs are the text.) */
export interface StoredArticle {
  id?: number;
  canonicalUrl: string;
  /** Every address the article was read at, tracking parameters removed. */
  urls: string[];
  title: string;
  outlet: string;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  lang: string | null;
  section: string | null;
  excerpt: string;
  imageUrl: string | null;
  paywall: { declared: boolean; truncated: boolean };
  paragraphs: string[];
  wordCount: number;
  /** How long extraction took in the page, in ms. */
  extractMs: number;
  /** Epoch ms of the first and the latest read. */
  firstReadAt: number;
  readAt: number;
  readCount: number;
}

/** What lists and the popup show: the row without its text. */
export type ArticleSummary = Omit<StoredArticle, 'paragraphs' | 'urls'> & { id: number };
