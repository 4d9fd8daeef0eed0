import type { PageStatus } from '../messaging';
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
  calls: { openSidePanel: number; openReadingHistory: number; openOptions: number };
}

/** An in-memory connector with the real one's semantics, for component tests and stories. */
export function createMockConnector(
  options: { articles?: ArticleSummary[]; page?: { url: string; status?: PageStatus; coverage?: CoverageEntry[] } } = {},
): MockConnector {
  let articles = [...(options.articles ?? [])];
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const watch = (emit: () => void) => {
    listeners.add(emit);
    emit();
    return () => void listeners.delete(emit);
  };
  const calls = { openSidePanel: 0, openReadingHistory: 0, openOptions: 0 };
  const markedApart: [number, number][] = [];
  const markedSame: [number, number][] = [];
  const byRecency = () => [...articles].sort((a, b) => b.readAt - a.readAt);

  return {
    calls,
    markedApart,
    markedSame,
    async markNotSameEvent(articleId, otherId) {
      markedApart.push([articleId, otherId]);
    },
    async markSameEvent(articleId, otherId) {
      markedSame.push([articleId, otherId]);
    },
    setArticles(next) {
      articles = [...next];
      notify();
    },
    async currentPage(): Promise<CurrentPage | null> {
      const page = options.page;
      if (!page) return null;
      const article = articles.find((a) => a.canonicalUrl === page.url) ?? null;
      // A linked report joins the coverage as the background lists it: no score, linked through the event.
      const linked = markedSame.flatMap(([, other]): CoverageEntry[] => {
        const found = articles.find((a) => a.id === other);
        return found
          ? [{ item: { articleId: other, outlet: found.outlet, score: null, syndicated: false, evidence: null }, article: found }]
          : [];
      });
      const coverage = [...(page.coverage ?? []), ...linked].filter(
        (entry) => !markedApart.some(([, other]) => other === entry.item.articleId),
      );
      return {
        url: page.url,
        article,
        coverage,
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
    async openSidePanel() {
      calls.openSidePanel++;
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
