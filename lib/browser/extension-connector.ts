import { browser } from '#imports';
import { cleanUrl } from '../extract';
import { countArticles, framingArticle, listArticles, openDatabase, pageCoverage, watchQuery, type ParallaxDb } from '../store';
import type { Connector, CurrentPage, OpenedIn } from './connector';
import { sendToBackground, sendToTab } from './messenger';
import { loadSettings, updateSettings } from './settings';
import { openFirefoxSidebarNow, openSidePanel } from './side-panel';
import { isPinned, openExtensionPage, pinnedUrl, targetTab, watchActiveTab } from './tabs';

/**
 * The connector for extension pages. Reads go straight to IndexedDB (the pages
 * share the extension's origin); every write goes through the background.
 */
export function createExtensionConnector(pageUrl: string, db: ParallaxDb = openDatabase()): Connector {
  const logError = (error: unknown) => console.error('Parallax:', error);
  // Looked up once, up front: `sidePanel.open` must run within the click's user
  // gesture, which a fresh tabs query could outlast.
  let tabLookup = targetTab(pageUrl);
  return {
    async currentPage(): Promise<CurrentPage | null> {
      const pinned = pinnedUrl(pageUrl);
      if (pinned) {
        // The in-page card is an iframe in a web page, where the browser partitions
        // IndexedDB by the top-level site: it asks the background instead.
        const url = cleanUrl(pinned) ?? pinned;
        return { url, ...(await sendToBackground('ui-bg-get-page-coverage', { url })), status: { state: 'unavailable' } };
      }
      const tab = await tabLookup;
      if (!tab) return null;
      const url = cleanUrl(tab.url) ?? tab.url;
      const status = await sendToTab(tab.id, 'ui-cs-get-page-status', undefined).catch(() => ({ state: 'unavailable' }) as const);
      return { url, ...(await pageCoverage(db, url)), status };
    },
    watchTargetTab(onChange) {
      if (isPinned(pageUrl)) return () => undefined;
      return watchActiveTab(() => {
        tabLookup = targetTab(pageUrl);
        onChange();
      });
    },
    watchArticleCount: (onValue) => watchQuery(() => countArticles(db), onValue, logError),
    watchRecentArticles: (limit, onValue) => watchQuery(() => listArticles(db, { limit }), onValue, logError),
    async deleteArticle(articleId) {
      return (await sendToBackground('ui-bg-delete-article', { articleId })).deleted;
    },
    async markNotSameEvent(articleId, otherId) {
      await sendToBackground('ui-bg-mark-not-same-event', { articleId, otherId });
    },
    async markSameEvent(articleId, otherId) {
      await sendToBackground('ui-bg-mark-same-event', { articleId, otherId });
    },
    compareEvent: (articleId) => sendToBackground('ui-bg-compare-event', { articleId }),
    readArticle: (articleId) => framingArticle(db, articleId),
    async highlightInPage(sentence) {
      // A page pinned to an address (the in-page card) is not about a tab it may reach into.
      const tab = pinnedUrl(pageUrl) ? null : await tabLookup;
      if (!tab) return false;
      return (await sendToTab(tab.id, 'ui-cs-highlight-sentence', { sentence }).catch(() => ({ found: false }))).found;
    },
    openSidePanel() {
      const firefox = openFirefoxSidebarNow();
      const fallback = async (error: unknown): Promise<OpenedIn> => {
        // A frame's click may not count as the gesture the browser wants; the same page works as a tab.
        const tab = await tabLookup;
        if (!tab) throw error;
        console.warn('Parallax: the side panel did not open, opening the comparison in a tab', error);
        await openExtensionPage(`/sidepanel.html?tabId=${tab.id}`);
        return 'tab';
      };
      if (firefox) return firefox.then((): OpenedIn => 'side-panel', fallback);
      return (async (): Promise<OpenedIn> => {
        const tab = await tabLookup;
        if (!tab) throw new Error('There is no tab to compare.');
        await openSidePanel(tab.windowId);
        return 'side-panel';
      })().catch(fallback);
    },
    openReadingHistory: () => openExtensionPage('/reading-history.html'),
    openOptions: () => browser.runtime.openOptionsPage(),
    loadSettings,
    updateSettings,
  };
}
