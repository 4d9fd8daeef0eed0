import { compareArticles, type FramingArticle } from '../framing';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { ArticleSummary } from '../store';
import type { Connector, CoverageEntry, CurrentPage } from './connector';

export interface MockConnector extends Connector {
  /** "Not the same event" pairs the reader marked. */
  markedApart: [number, number][];
  /** "Same event" pairs the reader marked. */
  markedSame: [number, number][];
  /** Replaces the stored articles, as a background commit would; watchers hear of it. */
  setArticles(articles: ArticleSummary[]): void;
  calls: { openSidePanel: number; openReadingHistory: number; openOptions: number; compareEvent: number };
  /** The reader switches to a tab showing `page`: tab watchers hear of it. */
  showPage(page: MockOptions['page']): void;
  /** Sentences the side panel asked the page to highlight, in order. */
  highlighted: string[];
}

export interface MockOptions {
  articles?: ArticleSummary[];
  page?: {
    url: string;
    status?: CurrentPage['status'];
    coverage?: CoverageEntry[];
    suggested?: CoverageEntry[];
    followUps?: CoverageEntry[];
    /** What the tab's page shows, for highlights. */ text?: string;
  };
  /** The stored texts of one event (ids as the store's, in string form): compared with the real compareArticles. */
  event?: FramingArticle[];
  /** The browser refuses the side panel (no user gesture it accepts), as from some frames. */
  sidePanelRefused?: boolean;
}

/** An in-memory connector with the real one's semantics, for component tests and stories. */
export function createMockConnector(options: MockOptions = {}): MockConnector {
  let articles = [...(options.articles ?? [])];
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const watch = (emit: () => void) => {
    listeners.add(emit);
    emit();
    return () => void listeners.delete(emit);
  };
  const calls = { openSidePanel: 0, openReadingHistory: 0, openOptions: 0, compareEvent: 0 };
  const highlighted: string[] = [];
  const event = options.event ?? [];
  let shown = options.page;
  const tabWatchers = new Set<() => void>();
  const markedApart: [number, number][] = [];
  const markedSame: [number, number][] = [];
  const byRecency = () => [...articles].sort((a, b) => b.readAt - a.readAt);

  return {
    calls,
    markedApart,
    markedSame,
    highlighted,
    async markNotSameEvent(articleId, otherId) {
      markedApart.push([articleId, otherId]);
    },
    async markSameEvent(articleId, otherId) {
      markedSame.push([articleId, otherId]);
    },
    showPage(page) {
      shown = page;
      tabWatchers.forEach((watcher) => watcher());
    },
    watchTargetTab(onChange) {
      tabWatchers.add(onChange);
      return () => void tabWatchers.delete(onChange);
    },
    setArticles(next) {
      articles = [...next];
      notify();
    },
    async currentPage(): Promise<CurrentPage | null> {
      const page = shown;
      if (!page) return null;
      const article = articles.find((a) => a.canonicalUrl === page.url) ?? null;
      // A linked report joins the coverage as the background lists it: no score, linked through the event.
      const linked = markedSame.flatMap(([, other]): CoverageEntry[] => {
        const found = articles.find((a) => a.id === other);
        return found
          ? [{ item: { articleId: other, outlet: found.outlet, score: null, syndicated: false, evidence: null }, article: found }]
          : [];
      });
      const marked = (pairs: [number, number][]) => (entry: CoverageEntry) => pairs.some(([, other]) => other === entry.item.articleId);
      const coverage = [...(page.coverage ?? []), ...linked].filter((entry) => !marked(markedApart)(entry));
      // A suggestion the reader answered either way is no longer offered.
      const suggested = (page.suggested ?? []).filter((entry) => !marked(markedApart)(entry) && !marked(markedSame)(entry));
      const followUps = (page.followUps ?? []).filter((entry) => !marked(markedApart)(entry) && !marked(markedSame)(entry));
      return {
        url: page.url,
        article,
        coverage,
        suggested,
        followUps,
        status: page.status ?? (article ? { state: 'saved', canonicalUrl: article.canonicalUrl } : { state: 'unavailable' }),
      };
    },
    watchArticleCount: (onValue) => watch(() => onValue(articles.length)),
    watchRecentArticles: (limit, onValue) => watch(() => onValue(byRecency().slice(0, limit))),
    async deleteArticle(articleId) {
      const before = articles.length;
      articles = articles.filter((a) => a.id !== articleId);
      notify();
      return articles.length < before;
    },
    async compareEvent(articleId) {
      calls.compareEvent++;
      const own = event.find((a) => a.id === String(articleId));
      if (!own) throw new Error('This article is no longer in your reading history.');
      return compareArticles([own, ...event.filter((a) => a !== own)]);
    },
    async readArticle(articleId) {
      return event.find((a) => a.id === String(articleId)) ?? null;
    },
    async highlightInPage(sentence) {
      highlighted.push(sentence);
      return shown?.text?.includes(sentence) ?? false;
    },
    async openSidePanel() {
      calls.openSidePanel++;
      return options.sidePanelRefused ? 'tab' : 'side-panel';
    },
    async openReadingHistory() {
      calls.openReadingHistory++;
    },
    async openOptions() {
      calls.openOptions++;
    },
    async loadSettings() {
      return settings;
    },
    async updateSettings(change) {
      settings = { ...settings, ...change };
      return settings;
    },
  };
}
