import type { CoverageEntry } from '../coverage/types';
import type { PageStatus } from '../messaging';
import type { Settings } from '../settings';
import type { ArticleSummary, Unsubscribe } from '../store';

/** What an extension page knows about the tab it is about. */
export interface CurrentPage {
  url: string;
  /** The stored article read at this address, if any. */
  article: ArticleSummary | null;
  /** Other outlets' articles on the same event, best match first. */
  coverage: CoverageEntry[];
  /** What the page's content script says; `unavailable` where none runs (browser pages, the store). */
  status: PageStatus | { state: 'unavailable' };
}

export type { CoverageEntry };

/**
 * Everything the extension's pages need from the extension. The popup, side
 * panel, history and options pages depend on this interface only, so each
 * renders in a test with `createMockConnector` and no browser.
 */
export interface Connector {
  currentPage(): Promise<CurrentPage | null>;
  watchArticleCount(onValue: (count: number) => void): Unsubscribe;
  watchRecentArticles(limit: number, onValue: (articles: ArticleSummary[]) => void): Unsubscribe;
  deleteArticle(articleId: number): Promise<boolean>;
  markNotSameEvent(articleId: number, otherId: number): Promise<void>;
  markSameEvent(articleId: number, otherId: number): Promise<void>;
  openSidePanel(): Promise<void>;
  openReadingHistory(): Promise<void>;
  openOptions(): Promise<void>;
  loadSettings(): Promise<Settings>;
  updateSettings(change: Partial<Settings>): Promise<Settings>;
}
