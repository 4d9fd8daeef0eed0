import { browser } from '#imports';
import { cleanUrl } from '../extract';
import { countArticles, coverageOf, findArticleByUrl, listArticles, openDatabase, summarize, watchQuery, type ParallaxDb } from '../store';
import type { Connector, CoverageEntry, CurrentPage } from './connector';
import { sendToBackground, sendToTab } from './messenger';
import { loadSettings, updateSettings } from './settings';
import { openSidePanel } from './side-panel';
import { openExtensionPage, targetTab } from './tabs';

/**
 * The connector for extension pages. Reads go straight to IndexedDB (the pages
 * share the extension's origin); every write goes through the background.
 */
export function createExtensionConnector(pageUrl: string, db: ParallaxDb = openDatabase()): Connector {
  const logError = (error: unknown) => console.error('Parallax:', error);
  // Looked up once, up front: `sidePanel.open` must run within the click's user
  // gesture, which a fresh tabs query could outlast.
  const tabLookup = targetTab(pageUrl);
  return {
    async currentPage(): Promise<CurrentPage | null> {
      const tab = await tabLookup;
      if (!tab) return null;
      const url = cleanUrl(tab.url) ?? tab.url;
      const [stored, status] = await Promise.all([
        findArticleByUrl(db, url),
        sendToTab(tab.id, 'ui-cs-get-page-status', undefined).catch(() => ({ state: 'unavailable' }) as const),
      ]);
      return { url, article: stored ? summarize(stored) : null, coverage: stored ? await coverageEntries(db, stored.id!) : [], status };
    },
    watchArticleCount: (onValue) => watchQuery(() => countArticles(db), onValue, logError),
    watchRecentArticles: (limit, onValue) => watchQuery(() => listArticles(db, { limit }), onValue, logError),
    async deleteArticle(articleId) {
      return (await sendToBackground('ui-bg-delete-article', { articleId })).deleted;
    },
    async markNotSameEvent(articleId, otherId) {
      await sendToBackground('ui-bg-mark-not-same-event', { articleId, otherId });
    },
    async openSidePanel() {
      const tab = await tabLookup;
      if (tab) await openSidePanel(tab.windowId);
    },
    openReadingHistory: () => openExtensionPage('/reading-history.html'),
    openOptions: () => browser.runtime.openOptionsPage(),
    loadSettings,
    updateSettings,
  };
}

/** Two indexed reads: the article's stored coverage, then the articles it names. */
async function coverageEntries(db: ParallaxDb, articleId: number): Promise<CoverageEntry[]> {
  const record = await coverageOf(db, articleId);
  if (!record) return [];
  const articles = await db.articles.bulkGet(record.coverage.map((c) => c.articleId));
  return record.coverage.flatMap((item, i) => (articles[i] ? [{ item, article: summarize(articles[i]) }] : []));
}
