import type { CoverageEntry } from '../coverage/types';
import type { Comparison, FramingArticle } from '../framing';
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
  /** Near misses: other outlets' articles that may report the same event, for the reader to confirm. */
  suggested: CoverageEntry[];
  /** Other outlets' reports of the story's earlier or later chapters, beyond the time window. */
  followUps: CoverageEntry[];
  /** What the page's content script says; `unavailable` where none runs (browser pages, the store). */
  status: PageStatus | { state: 'unavailable' };
}

export type { CoverageEntry };

/** Where "Compare" opened the comparison: the side panel (sidebar), or a tab when the browser refused. */
export type OpenedIn = 'side-panel' | 'tab';

/**
 * Everything the extension's pages need from the extension. The popup, side
 * panel, history and options pages depend on this interface only, so each
 * renders in a test with `createMockConnector` and no browser.
 */
export interface Connector {
  currentPage(): Promise<CurrentPage | null>;
  /** Calls back when the reader switches to another tab or the tab loads another page (not for a pinned page). */
  watchTargetTab(onChange: () => void): Unsubscribe;
  watchArticleCount(onValue: (count: number) => void): Unsubscribe;
  watchRecentArticles(limit: number, onValue: (articles: ArticleSummary[]) => void): Unsubscribe;
  deleteArticle(articleId: number): Promise<boolean>;
  markNotSameEvent(articleId: number, otherId: number): Promise<void>;
  markSameEvent(articleId: number, otherId: number): Promise<void>;
  /** The framing comparison of a stored article's event, computed by the background. */
  compareEvent(articleId: number): Promise<Comparison>;
  /** A stored article's title and text as the comparison read them (evidence offsets index them). */
  readArticle(articleId: number): Promise<FramingArticle | null>;
  /** Highlights a sentence in the tab this page is about; false when it is not there or there is no such tab. */
  highlightInPage(sentence: string): Promise<boolean>;
  /** Must be called straight from a click: browsers open the side panel only on a user gesture. */
  openSidePanel(): Promise<OpenedIn>;
  openReadingHistory(): Promise<void>;
  openOptions(): Promise<void>;
  loadSettings(): Promise<Settings>;
  updateSettings(change: Partial<Settings>): Promise<Settings>;
}
